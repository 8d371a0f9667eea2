# Identifiers outside ASCII; some are changed by NFKC normalization.
global ﬁ
café = 1
naïve = café
π = 3.14159
ñandú = 2
日本語 = "japanese"
Ωmega = 1
ǅungla = 1
ﬁle = 1
ﬀ = 2
𝐛𝐨𝐥𝐝 = 3
𝔘𝔫𝔦 = 4
ℌ = 5
Kelvin = 6
Ångstrom = 7
été = 8
ᵢndex = 9
ａｂｃ = 10
x = ﬁle + file + 𝐛𝐨𝐥𝐝 + bold


def 函数(参数, *ｒｅｓｔ, ｋｗ=1):
    return 参数


class Klasse_ü:
    ﬁeld: int = 0

    def méthode(self):
        return self.ﬁeld


obj.ﬁeld = obj.ﬀ
f(ﬁ=1, 𝐱=2)
import ﬁle as ﬀile
from ﬁle import ﬁeld as 𝐟
lambda ﬁ, 𝐲=1: ﬁ
[ｉ for ｉ in range(3)]
match ﬁ:
    case Ωmega(ﬁ=𝐱) | Other(𝐱):
        pass
x = ﬁ.ﬁ.ﬁ
_ü = __ä__ = 𝚊𝚋 = 1

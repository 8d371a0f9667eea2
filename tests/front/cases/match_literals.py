match value:
    case 0:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -1.5e3:
        pass
    case 1j:
        pass
    case -2j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 1.5 - 0.5j:
        pass
    case -0 + 0j:
        pass
    case 0x1F:
        pass
    case 0b1010 | 0o17 | 1_000:
        pass
    case "string":
        pass
    case 'a' 'b' "c":
        pass
    case b"bytes":
        pass
    case b"con" b"cat":
        pass
    case r"raw\d":
        pass
    case """triple""":
        pass
    case u"unicode":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case 18446744073709551616:
        pass
    case -1e400:
        pass
    case _:
        pass
match x:
    case 1: pass
    case 2: pass; other()

class A:
    def who(self): return 'A'
    @classmethod
    def cm(cls): return 'A.cm(' + cls.__name__ + ')'
    @staticmethod
    def sm(): return 'A.sm'
class B(A):
    def who(self): return 'B+' + super().who()
    @classmethod
    def cm(cls): return 'B.cm>' + super().cm()
    @staticmethod
    def sm(): return 'B.sm>' + super(B, B).sm()
    def explicit(self): return super(B, self).who()
    def uses_class_cell(self): return __class__.__name__
print(B().who(), B.cm(), B().cm(), B.sm(), B().explicit(), B().uses_class_cell())
class C(B):
    pass
print(C().who(), C.cm(), C().uses_class_cell())
def outside():
    try:
        super()
    except RuntimeError as e:
        return 'RuntimeError ' + str(e)
print(outside())
s = super(B, B())
print(s.who(), type(s).__name__)
class D(B):
    def who(self):
        f = lambda: super(D, self).who()
        return 'D+' + f()
print(D().who())

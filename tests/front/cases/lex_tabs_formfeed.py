# Indentation with tabs (consistently), form feeds and whitespace-only lines.
if x:
	pass
	if y:
		z = 1
		
	else:
	    w = 2
	    if w:
	    	v = 3
def f():
	return 1
class C:
	def m(self):
		if a:
			return b
		else:
			return c
x = 1	# tab before comment
y	=	2
   
	
 	 

def g():
    pass
z = 3
if z:
    a = 1
      b = 2
    c = 3


# comment after form feed
d = [1,
	2,
 3]
        
e = 4  
f = 5	

def greet(who):
    return 'hi ' + who + ' from ' + __name__

#!/usr/bin/env python3
# vim: set fileencoding=utf-8 :
s = 'üñîçødé'
é = 1

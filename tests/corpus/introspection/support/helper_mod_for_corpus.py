"""Helper module imported by introspection/009_local_module_import.py."""
VALUE = 'helper value'
loaded_count = 0
loaded_count += 1
print('helper module executing')


def double(x):
    return x * 2


class Thing:
    def name(self):
        return 'thing'

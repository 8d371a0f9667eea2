class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field
def validate(rec):
    errors = []
    for field, check, msg in [('name', lambda v: isinstance(v, str) and v, 'required'),
                              ('age', lambda v: isinstance(v, int) and 0 <= v < 150, 'out of range'),
                              ('email', lambda v: isinstance(v, str) and '@' in v, 'invalid')]:
        try:
            if not check(rec.get(field)):
                raise ValidationError(field, msg)
        except ValidationError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup('invalid record', errors)
    return 'ok'
for rec in [{'name': 'a', 'age': 3, 'email': 'a@b'}, {'name': '', 'age': 200, 'email': 'x'}, {'age': 5}]:
    try:
        print(validate(rec))
    except ExceptionGroup as eg:
        print(eg.message, [str(e) for e in eg.exceptions], [e.field for e in eg.exceptions])

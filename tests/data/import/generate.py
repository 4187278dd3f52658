#!/usr/bin/env python3
"""Writes the import fixtures byte for byte (encodings and line ends matter). Run from anywhere:
python3 tests/data/import/generate.py. The files are committed; this script documents how they were made."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)


# Same two users in every encoding; „ and “ are 0x84/0x93 in Windows-1252 (outside Latin-1).
def people(sep, eol='\r\n'):
    rows = [
        ['Id', 'Name', 'Username', 'Email', 'Is_Active', 'Last_Login'],
        ['1', 'Jürgen Müller', 'jmuller', 'jurgen@acme.de', 'true', '2025-06-11'],
        ['2', 'Zoë „Ångström“', 'zoe', 'zoe@example.com', 'false', ''],
    ]
    return eol.join(sep.join(r) for r in rows) + eol


write('utf8.csv', people(',').encode('utf-8'))
write('utf8-bom.csv', b'\xef\xbb\xbf' + people(',').encode('utf-8'))
write('utf16le-bom.csv', b'\xff\xfe' + people(';').encode('utf-16-le'))
write('utf16be-bom.csv', b'\xfe\xff' + people('\t').encode('utf-16-be'))
write('windows1252.csv', people(';').encode('cp1252'))
write('tab.tsv', people('\t', '\n').encode('utf-8'))

write('cr-only.csv', b'Id,Username\r1,alice\r2,bob\r')
# Line ends of every kind, a CRLF inside a quoted field and a blank line: records start on lines 2, 3, 5 and 7.
write('mixed-line-ends.csv', b'Id,Name\r\n1,a\n2,"b\r\nc"\r3,d\r\n\n4,e')
write('sep-line.csv', b'sep=;\r\nId;Username;Email\r\n1;alice;alice@acme.com\r\n')

write('quoted.csv', (
    'Id,Name,Username,Email\n'
    '1,"Smith, John",jsmith,"john@acme.com"\n'
    '2,"He said ""hi""",quote,q@acme.com\n'
    '3,"Line one\nLine two",multi,m@acme.com\n'
    '4,O"Brien,obrien,o@acme.com\n'
    '5,"",empty,\n'
    '6,"ab"cd,after,a@acme.com\n'
    '7,  spaced  , sp ,x@acme.com \n'
    '\n'
    '\n').encode('utf-8'))

write('fewer-fields.csv', b'Id,Username,Email,Is_Active,Is_IT_User\n1,alice,alice@acme.com\n2,bob\n')

write('aliases.csv', (
    'User ID;Full Name;Login;E-mail;Mobile;ExternalId;Created On;LastLogin;Active;Tenant;IT User;Department\n'
    '42;Ana Silva;asilva;ana@acme.pt;+351 912;ext-9;2024-01-02 03:04:05;2025-02-03T04:05:06Z;N;t1;Y;Sales\n'
).encode('utf-8'))

write('unterminated-quote.csv', b'Id,Name,Username\n1,Alice,alice\n2,"Bob,bob\n3,Carol,carol\n')
write('too-many-fields.csv', b'Id,Username,Email\n1,alice,alice@acme.com\n2,bob,bob@acme.com,extra\n3,carol,carol@acme.com\n')
write('bad-boolean.csv', b'Id,Username,Is_Active,Is_IT_User\n1,alice,yes,n\n2,bob,maybe,0\n3,carol,1,y\n')
write('bad-date.csv', b'Id,Username,Last_Login\n1,alice,2025-06-11 10:00\n2,bob,11/06/2025\n')
write('dates.csv', (
    'Id,Username,Creation_Date,Last_Login\n'
    '1,a,2020-01-02,1900-01-01 00:00:00\n'
    '2,b,2020-01-02 03:04,1900-01-01\n'
    '3,c,2020-01-02T03:04:05.123Z,2025-06-30T23:30:00-02:00\n'
    '4,d,,2025-06-30 14:05:00 +02:00\n').encode('utf-8'))
write('not-a-user-export.csv', b'Product,Price,Quantity\nWidget,9.99,3\n')

# Password values contain "SECRET" so a test can look for them everywhere in the result.
write('password.csv', (
    'Id,Username,Password,Email,Is_Active\n'
    '1,alice,$2a$10$SECRETalice,alice@acme.com,true\n'
    '2,bob,"$2a$10$SECRET,bob",bob@acme.com,false\n'
    '3,carol,$2a$10$SECRETcarol,carol@acme.com,true,extra\n'
    '4,dave,$2a$10$SECRETdave,dave@acme.com,perhaps\n').encode('utf-8'))
write('password.json', (
    '[\n'
    '  {"Id": 1, "Username": "alice", "Password": "$2a$10$SECRETalice", "Email": "alice@acme.com"},\n'
    '  {"Id": 2, "Username": "bob", "Password": "$2a$10$SECRETbob", "Email": "bob@acme.com"}\n'
    ']\n').encode('utf-8'))

write('array.json', (
    '[\n'
    '  {"Id": 1, "Username": "alice", "Email": "alice@acme.com", "Is_Active": true},\n'
    '  {"Id": 2, "Username": "bob", "Email": null, "Is_Active": false, "Extra": "x"}\n'
    ']\n').encode('utf-8'))
write('object-with-array.json', (
    '{\n'
    '  "exportedAt": "2025-01-01T00:00:00Z",\n'
    '  "meta": {"count": 2},\n'
    '  "users": [\n'
    '    {"Id": 1, "Username": "alice", "Email": "alice@acme.com"},\n'
    '    {"Id": 2, "Username": "bob", "Email": "bob@acme.com"}\n'
    '  ]\n'
    '}\n').encode('utf-8'))
write('json-types.json', (
    '[\n'
    ' {"Id": "7", "Username": "s", "Is_Active": "yes", "Is_IT_User": "0", "Last_Login": "2025-01-02"},\n'
    ' {"Id": 8, "Username": "t", "Is_Active": 1, "Is_IT_User": true, "Last_Login": null,'
    ' "MobilePhone": 351912345678, "Tenant_Id": 3.5},\n'
    ' {"Id": 9, "Username": "u", "Is_Active": null, "Is_IT_User": null, "Name": false}\n'
    ']\n').encode('utf-8'))
write('json-syntax-error.json', (
    '[\n'
    '  {"Id": 1, "Username": "alice"},\n'
    '  {"Id": 2 "Username": "bob"}\n'
    ']\n').encode('utf-8'))
write('json-bad-value.json', (
    '[\n'
    '  {"Id": 1, "Username": "alice", "Is_Active": true},\n'
    '  {\n'
    '    "Id": 2,\n'
    '    "Username": "bob",\n'
    '    "Is_Active": "maybe"\n'
    '  },\n'
    '  {"Id": 3, "Username": "carol", "Is_Active": false}\n'
    ']\n').encode('utf-8'))
write('json-utf16le-bom.json', b'\xff\xfe' + '[{"Id": 1, "Name": "Jürgen Müller"}]'.encode('utf-16-le'))

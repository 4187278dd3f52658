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

# ---- Real-world quirks (issue 4): for each case a quirky file that reads and a broken one with an exact error. ----

# Excel's "sep=" first line: it wins over detection (the data has more semicolons than commas) and counts as line 1.
write('sep-line-comma.csv', b'sep=,\r\nId,Name,Username\r\n1,"Silva; Ana",asilva\r\n2,Costa; Rui,rcosta\r\n')
# A "sep=" line that names no delimiter.
write('sep-line-empty.csv', b'sep=\r\nId;Username\r\n1;alice\r\n')

# Every header quoted, one holding the delimiter and one an escaped quote; values quoted or not.
write('quoted-header.csv', (
    '"Id";"Full Name";"Login";"E-mail";"Is Active";"Team; Unit";"Nick ""Name"""\r\n'
    '"1";"Silva, Ana";"asilva";"ana@acme.pt";"Yes";"Sales; North";"Ana"\r\n'
    '2;Rui Costa;rcosta;rui@acme.pt;No;;\r\n').encode('utf-8'))
# A quoted header that is never closed: the rest of the file is read as that one name.
write('quoted-header-unterminated.csv', b'Id,"Username,Email\n1,alice,alice@acme.com\n')

# The same unknown column twice, and empty header names (between columns and from a trailing delimiter).
write('duplicate-unknown-columns.csv', b'Id,Notes,Username,Notes,,Email,\n1,a,alice,b,x,alice@acme.com,\n')
# The same known column twice: there is no telling which one holds the e-mail.
write('duplicate-columns.csv', b'Id,Email,Username,E-mail\n1,a@acme.com,alice,b@acme.com\n')
# A header of empty names only.
write('empty-header.csv', b',,\r\n1,alice,alice@acme.com\r\n')

# Trailing empty fields past the header (Excel after a cell to the right was once touched) are no extra values.
write('trailing-empty-fields.csv', b'Id,Username,Email\n1,alice,alice@acme.com,,\n2,bob,bob@acme.com,\n3,carol,,\n')
# A line break outside quotes splits a record: the first part reads as a short row, the second fails on Is_Active.
write('fewer-fields-split.csv', b'Id,Is_Active,Name,Username\n1,true,Ana Silva,asilva\n2,true,Bob\n Smith,bob\n')

# NUL padding after the last line (a file written into a pre-allocated block), and a NUL inside a value.
write('nul-padding.csv', b'Id,Username,Email\r\n1,alice,alice@acme.com\r\n2,bob,bob@acme.com\r\n' + b'\0' * 512)
write('nul-in-field.csv', b'Id,Username,Email\n1,alice,alice@acme.com\n2,b\0b,bob@acme.com\n')

# Very long fields: a 1 MiB name (quoted, with line breaks and escaped quotes) reads whole; a 1 MiB value in a
# boolean column fails with a shortened value in the message.
LONG = ('Lorem "ipsum"\n' * 74899)[:1048576 - 6]
write('long-field.csv', ('Id,Name,Username\n1,"' + LONG.replace('"', '""') + '",long\n2,Short,short\n').encode('utf-8'))
write('long-field-bad-value.csv', ('Id,Username,Is_Active\n1,alice,' + 'y' * 1048576 + '\n').encode('utf-8'))

# Mixed line ends (CRLF, LF, CR) before an error: the line number still counts each line end once.
write('mixed-line-ends-bad-value.csv', b'Id,Username,Is_Active\r\n1,a,yes\n2,b,no\r3,"c\r\nd",1\r\n4,e,perhaps\n')

# One known column among others that are not: a user export whose other columns are reported as ignored.
write('one-known-column.csv', b'Department;Cost Center;LOGIN;Notes\r\nSales;C-100;asilva;x\r\nIT;C-200;rcosta;\r\n')
write('not-a-user-export.json', b'[\n  {"sku": "W-1", "price": 9.99},\n  {"sku": "W-2", "price": 19.99}\n]\n')

# JSON: an array holding something other than records; an object holding two arrays.
write('json-not-an-object.json', b'[\n  {"Id": 1, "Username": "alice"},\n  ["Id", 2, "Username", "bob"]\n]\n')
write('json-two-arrays.json', b'{\n  "users": [{"Id": 1, "Username": "alice"}],\n  "errors": []\n}\n')
# A number where a boolean is expected, and one that is not 0 or 1.
write('json-bad-number.json', b'[\n  {"Id": 1, "Username": "alice", "Is_IT_User": 0},\n  {"Id": 2, "Username": "bob", "Is_IT_User": 2}\n]\n')

# UTF-16 with an odd number of bytes (cut off in the middle of a character).
write('utf16le-odd-bytes.csv', b'\xff\xfe' + 'Id;Username\r\n1;alice\r\n'.encode('utf-16-le') + b'\x32')
# Windows-1252 before a bad value: the column counts characters, not bytes.
write('windows1252-bad-value.csv', 'Id;Name;Is_Active\r\n1;Zoë „Ångström“;não\r\n'.encode('cp1252'))

# ---- Group membership exports (one line per group and member; usernames of samples/prod-eu.csv). ----
# Excel style: sep line, semicolons, quoted headers and values, a role holding the delimiter, a repeated line in
# another case, a blank line, a member who is no user of the runtime (nobody42), an unknown column.
write('groups.csv', (
    'sep=;\r\n'
    '"Role";"Login";"Granted By"\r\n'
    'Contractors;btowne32;admin\r\n'
    'Contractors;aguerin143;admin\r\n'
    '"Contractors";"AGUERIN143 ";admin\r\n'
    '\r\n'
    '"Sales; EMEA";mmoraes53;admin\r\n'
    '"Sales; EMEA";nobody42;admin\r\n').encode('utf-8'))
# JSON: an object holding one array; numbers as names; a tenant column.
write('groups.json', (
    '{\n'
    '  "exported": "2026-01-01",\n'
    '  "memberships": [\n'
    '    {"GroupName": "Finance", "UserName": "tbanse159", "Tenant": ""},\n'
    '    {"GroupName": 2026, "UserName": "kritz218", "Tenant": null},\n'
    '    {"GroupName": "Finance", "UserName": "aschmeler149"}\n'
    '  ]\n'
    '}\n').encode('utf-8'))
# A row without a username (line 3, its blank field at column 7), and one without a group (line 5).
write('groups-empty-username.csv', b'Group,Username\nSales,btowne32\nSales,  \nSupport,aguerin143\n,mmoraes53\n')
# A user export is no group export: it has no group column.
write('groups-not-groups.csv', b'Id,Username,Email\n1,alice,alice@acme.com\n')

# ---- Raw dumps of the platform's user table (SPEC §3): SELECT * FROM OSSYS_USER, imported with no mapping. ----
# Tenant 1 holds Service Center's administrator (an IT tenant), 2 and 5 are application tenants; inactive users; a
# never-logged-in kiosk (1900-01-01); PASSWORD holds hashes (with "SECRET" so a test can look for them). OBJECTID
# stands for any column a platform version adds: ignored and reported.
OSSYS_COLUMNS = ['ID', 'TENANT_ID', 'NAME', 'USERNAME', 'PASSWORD', 'EMAIL', 'MOBILEPHONE', 'EXTERNAL_ID',
                 'CREATION_DATE', 'LAST_LOGIN', 'IS_ACTIVE', 'OBJECTID']
OSSYS_ROWS = [
    [1, 1, 'Administrator', 'admin', '#SECRET0a1b2c3d4e5f', 'admin@acme.com', '', '',
     '2019-05-02 09:14:11.000', '2025-06-30 08:01:02.000', 1, 'u-0001'],
    [2, 2, 'Ana Müller', 'amuller', '#SECRET9f8e7d6c5b4a', 'ana.mueller@münchen-acme.de', '+49 89 1234', 'EXT-0002',
     '2021-01-04 10:00:00.000', '2025-06-01 12:30:00.000', 1, 'u-0002'],
    [3, 2, 'Rui Costa', 'rcosta', '#SECRETaabbccddeeff', 'rui.costa@gmail.com', '', '',
     '2022-02-03 08:00:00.000', '1900-01-01 00:00:00.000', 0, 'u-0003'],
    [4, 5, '', 'kiosk01', '#SECRET001122334455', '', '', '',
     '2023-03-03 03:03:03.000', '1900-01-01 00:00:00.000', 1, 'u-0004'],
    [5, 5, 'Zoë Ångström', 'zoe@partner.example', '#SECRET66778899aabb', '', '', 'AAD-5',
     '2024-01-15 14:45:00.123', '2024-12-24 23:59:59.997', 0, 'u-0005'],
]
# sqlcmd -S . -d outsystems -W -s";" -f o:65001 -Q "SET NOCOUNT ON; SELECT * FROM OSSYS_USER" -o ossys-user-dump.csv
# writes UTF-8, the header, a line of dashes under it, bit columns as 1/0 and datetimes with milliseconds.
write('ossys-user-dump.csv', (
    ';'.join(OSSYS_COLUMNS) + '\r\n'
    + ';'.join('-' * len(c) for c in OSSYS_COLUMNS) + '\r\n'
    + ''.join(';'.join(str(v) for v in row) + '\r\n' for row in OSSYS_ROWS)).encode('utf-8'))


# SELECT * FROM OSSYS_USER FOR JSON PATH: numbers as numbers, bit as true/false, datetimes with a T (and without
# the milliseconds when they are 0), one record a line here for reading.
def ossys_json(row):
    members = []
    for name, value in zip(OSSYS_COLUMNS, row):
        if name in ('CREATION_DATE', 'LAST_LOGIN'):
            value = '"' + value.replace(' ', 'T').replace('.000', '') + '"'
        elif name == 'IS_ACTIVE':
            value = 'true' if value else 'false'
        elif isinstance(value, str):
            value = '"' + value + '"'
        members.append('"%s":%s' % (name, value))
    return '{' + ','.join(members) + '}'


write('ossys-user-dump.json', ('[' + ',\n'.join(ossys_json(r) for r in OSSYS_ROWS) + ']').encode('utf-8'))

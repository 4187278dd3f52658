<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>finding a user</source>
        <translation type="vanished">Suchen eines Benutzers</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot; in that runtime.</source>
        <translation type="vanished">Kein Benutzer &quot;%1&quot; in dieser Laufzeitumgebung.</translation>
    </message>
    <message>
        <source>recording a decision</source>
        <translation type="vanished">Speichern einer Entscheidung</translation>
    </message>
    <message>
        <source>updating a record</source>
        <translation type="vanished">Aktualisieren eines Datensatzes</translation>
    </message>
    <message>
        <source>A link joins two records of one tenant; records of different tenants are joined by a shared e-mail address (R6).</source>
        <translation type="vanished">Eine Verknüpfung verbindet zwei Datensätze eines Mandanten; Datensätze verschiedener Mandanten werden über eine gemeinsame E-Mail-Adresse zusammengeführt (R6).</translation>
    </message>
    <message>
        <source>linking records</source>
        <translation type="vanished">Verknüpfen von Datensätzen</translation>
    </message>
    <message>
        <source>reading links</source>
        <translation type="vanished">Lesen der Verknüpfungen</translation>
    </message>
    <message>
        <source>unlinking records</source>
        <translation type="vanished">Lösen der Verknüpfung von Datensätzen</translation>
    </message>
    <message>
        <source>reading owned domains</source>
        <translation type="vanished">Lesen der eigenen Domains</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain (R1: at least two labels of a-z, 0-9 and -).</source>
        <translation type="vanished">&quot;%1&quot; ist keine gültige Domain (R1: mindestens zwei Labels aus a-z, 0-9 und -).</translation>
    </message>
    <message>
        <source>adding a domain</source>
        <translation type="vanished">Hinzufügen einer Domain</translation>
    </message>
    <message>
        <source>removing a domain</source>
        <translation type="vanished">Entfernen einer Domain</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an owned domain of this infrastructure.</source>
        <translation type="vanished">&quot;%1&quot; ist keine eigene Domain dieser Infrastruktur.</translation>
    </message>
    <message>
        <source>A group membership needs a group name and a username.</source>
        <translation type="vanished">Eine Gruppenmitgliedschaft braucht einen Gruppennamen und einen Benutzernamen.</translation>
    </message>
    <message>
        <source>No runtime with id %1.</source>
        <translation type="vanished">Keine Laufzeitumgebung mit der ID %1.</translation>
    </message>
    <message>
        <source>reading the runtime&apos;s users</source>
        <translation type="vanished">Lesen der Benutzer der Laufzeitumgebung</translation>
    </message>
    <message>
        <source>replacing the groups</source>
        <translation type="vanished">Ersetzen der Gruppen</translation>
    </message>
    <message>
        <source>importing the groups</source>
        <translation type="vanished">Importieren der Gruppen</translation>
    </message>
    <message>
        <source>listing groups</source>
        <translation type="vanished">Auflisten der Gruppen</translation>
    </message>
    <message>
        <source>reading the runtime&apos;s records</source>
        <translation type="vanished">Lesen der Datensätze der Laufzeitumgebung</translation>
    </message>
    <message>
        <source>This export would remove %1 of the runtime&apos;s %2 records (more than half), e.g. %3%4. Nothing was changed; confirm the import (--allow-shrink) if that is right.</source>
        <translation type="vanished">Dieser Export würde %1 der %2 Datensätze der Laufzeitumgebung entfernen (mehr als die Hälfte), z. B. %3%4. Nichts wurde geändert; bestätigen Sie den Import (--allow-shrink), wenn das richtig ist.</translation>
    </message>
    <message>
        <source>reading the other runtimes</source>
        <translation type="vanished">Lesen der anderen Laufzeitumgebungen</translation>
    </message>
    <message>
        <source>replacing the runtime&apos;s records</source>
        <translation type="vanished">Ersetzen der Datensätze der Laufzeitumgebung</translation>
    </message>
    <message>
        <source>storing individuals</source>
        <translation type="vanished">Speichern der Personen</translation>
    </message>
    <message>
        <source>A runtime needs a name.</source>
        <translation type="vanished">Eine Laufzeitumgebung braucht einen Namen.</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">Der Datenbanktreiber liefert kein SQLite-Handle.</translation>
    </message>
    <message>
        <source>adding a runtime</source>
        <translation type="vanished">Hinzufügen einer Laufzeitumgebung</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation type="vanished">Protokollieren des Imports</translation>
    </message>
    <message>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation type="vanished">Import abgebrochen: Der Arbeitsbereich blieb unverändert.</translation>
    </message>
    <message>
        <source>reading infrastructures</source>
        <translation type="vanished">Lesen der Infrastrukturen</translation>
    </message>
    <message>
        <source>The workspace has no infrastructure.</source>
        <translation type="vanished">Der Arbeitsbereich hat keine Infrastruktur.</translation>
    </message>
    <message>
        <source>The workspace has several infrastructures (%1): name one with --infra.</source>
        <translation type="vanished">Der Arbeitsbereich hat mehrere Infrastrukturen (%1): Nennen Sie eine mit --infra.</translation>
    </message>
    <message>
        <source>No infrastructure named &quot;%1&quot;.</source>
        <translation type="vanished">Keine Infrastruktur namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No infrastructure with id %1.</source>
        <translation type="vanished">Keine Infrastruktur mit der ID %1.</translation>
    </message>
    <message>
        <source>An infrastructure needs a name.</source>
        <translation type="vanished">Eine Infrastruktur braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform version (e.g. 11.20.1).</source>
        <translation type="vanished">&quot;%1&quot; ist keine Plattformversion (z. B. 11.20.1).</translation>
    </message>
    <message>
        <source>An infrastructure named &quot;%1&quot; already exists.</source>
        <translation type="vanished">Eine Infrastruktur namens &quot;%1&quot; gibt es bereits.</translation>
    </message>
    <message>
        <source>adding an infrastructure</source>
        <translation type="vanished">Hinzufügen einer Infrastruktur</translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation type="vanished">Eine Kapazität kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>setting capacities</source>
        <translation type="vanished">Festlegen der Kapazitäten</translation>
    </message>
    <message>
        <source>setting the platform version</source>
        <translation type="vanished">Festlegen der Plattformversion</translation>
    </message>
    <message>
        <source>setting the licence model</source>
        <translation type="vanished">Festlegen des Lizenzmodells</translation>
    </message>
    <message>
        <source>renaming an infrastructure</source>
        <translation type="vanished">Umbenennen einer Infrastruktur</translation>
    </message>
    <message>
        <source>removing an infrastructure</source>
        <translation type="vanished">Entfernen einer Infrastruktur</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation type="vanished">Lesen eines Datensatzes</translation>
    </message>
    <message>
        <source>%1/%2 (tenant &quot;%3&quot;):</source>
        <translation type="vanished">%1/%2 (Mandant &quot;%3&quot;):</translation>
    </message>
    <message>
        <source>R12: not counted by the platform&apos;s console either.</source>
        <translation type="vanished">R12: auch von der Konsole der Plattform nicht gezählt.</translation>
    </message>
    <message numerus="yes">
        <source>R6: individual #%1, %n counted record(s): %2.</source>
        <translation type="vanished">
            <numerusform>R6: Person #%1, %n gezählter Datensatz: %2.</numerusform>
            <numerusform>R6: Person #%1, %n gezählte Datensätze: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>R7: at least one of its counted records is internal: the individual counts as internal.</source>
        <translation type="vanished">R7: Mindestens einer ihrer gezählten Datensätze ist intern: Die Person zählt als intern.</translation>
    </message>
    <message>
        <source>R7: none of its counted records is internal: the individual counts as external.</source>
        <translation type="vanished">R7: Keiner ihrer gezählten Datensätze ist intern: Die Person zählt als extern.</translation>
    </message>
    <message>
        <source>R9: the individual counts once against the named capacity.</source>
        <translation type="vanished">R9: Die Person zählt einmal gegen die Kapazität namentlicher Benutzer.</translation>
    </message>
    <message>
        <source>R12: platform %1 (before 11.11.3) counts each counted record as one user: this record is one user of %2&apos;s console.</source>
        <translation type="vanished">R12: Plattform %1 (vor 11.11.3) zählt jeden gezählten Datensatz als einen Benutzer: Dieser Datensatz ist ein Benutzer der Konsole von %2.</translation>
    </message>
    <message>
        <source>R12: tenant &quot;%1&quot; is a multi-tenant app&apos;s tenant: the platform counts this record as a user of its own in %2&apos;s console.</source>
        <translation type="vanished">R12: Der Mandant &quot;%1&quot; ist der Mandant einer mandantenfähigen App: Die Plattform zählt diesen Datensatz als eigenen Benutzer in der Konsole von %2.</translation>
    </message>
    <message>
        <source>R12: could not read the platform user: %1</source>
        <translation type="vanished">R12: Der Plattformbenutzer konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>R12: %1&apos;s console counts this record as one user.</source>
        <translation type="vanished">R12: Die Konsole von %1 zählt diesen Datensatz als einen Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n record(s): %2.</source>
        <translation type="vanished">
            <numerusform>R12: Die Konsole von %1 führt ihn (gleiche E-Mail-Adresse oder gleicher Benutzername über die Standardmandanten) zu einem Benutzer mit %n Datensatz zusammen: %2.</numerusform>
            <numerusform>R12: Die Konsole von %1 führt ihn (gleiche E-Mail-Adresse oder gleicher Benutzername über die Standardmandanten) zu einem Benutzer mit %n Datensätzen zusammen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading records</source>
        <translation type="vanished">Lesen der Datensätze</translation>
    </message>
    <message>
        <source>reading runtimes</source>
        <translation type="vanished">Lesen der Laufzeitumgebungen</translation>
    </message>
    <message>
        <source>No runtime named &quot;%1&quot;.</source>
        <translation type="vanished">Keine Laufzeitumgebung namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A runtime named &quot;%1&quot; already exists.</source>
        <translation type="vanished">Eine Laufzeitumgebung namens &quot;%1&quot; gibt es bereits.</translation>
    </message>
    <message>
        <source>A runtime named &quot;%1&quot; already exists in this infrastructure.</source>
        <translation type="vanished">Eine Laufzeitumgebung namens &quot;%1&quot; gibt es in dieser Infrastruktur bereits.</translation>
    </message>
    <message>
        <source>renaming a runtime</source>
        <translation type="vanished">Umbenennen einer Laufzeitumgebung</translation>
    </message>
    <message>
        <source>removing a runtime</source>
        <translation type="vanished">Entfernen einer Laufzeitumgebung</translation>
    </message>
    <message>
        <source>reading a tenant&apos;s records</source>
        <translation type="vanished">Lesen der Datensätze eines Mandanten</translation>
    </message>
    <message>
        <source>reading tenant kinds</source>
        <translation type="vanished">Lesen der Mandantenarten</translation>
    </message>
    <message>
        <source>The workspace is damaged: unknown tenant kind %1.</source>
        <translation type="vanished">Der Arbeitsbereich ist beschädigt: unbekannte Mandantenart %1.</translation>
    </message>
    <message>
        <source>reading tenants</source>
        <translation type="vanished">Lesen der Mandanten</translation>
    </message>
    <message>
        <source>setting a tenant kind</source>
        <translation type="vanished">Festlegen einer Mandantenart</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation type="vanished">Auflisten der Benutzer</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Abgebrochen.</translation>
    </message>
    <message>
        <source>counting users</source>
        <translation type="vanished">Zählen der Benutzer</translation>
    </message>
    <message>
        <source>Database error while listing users: %1</source>
        <translation type="vanished">Datenbankfehler beim Auflisten der Benutzer: %1</translation>
    </message>
</context>
<context>
    <name>AggregateKeys</name>
    <message>
        <location filename="../src/storage/AggregateKeys.cpp" line="+26"/>
        <location line="+80"/>
        <source>updating counts</source>
        <translation>Aktualisieren der Zählungen</translation>
    </message>
    <message>
        <source>Rewriting the count keys</source>
        <translation type="vanished">Das Neuschreiben der Zählschlüssel</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>reading counts</source>
        <translation>Lesen der Zählungen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Internal error: the count of key &quot;%1&quot; would fall below zero.</source>
        <translation>Interner Fehler: Die Zahl des Schlüssels „%1“ würde unter null fallen.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: headcount-cli [--db FILE] COMMAND [ARGS]

Keeps a low-code platform&apos;s end-user licence in compliance: counts the unique internal and external
users of an infrastructure&apos;s runtimes against its capacities.

Commands:
  init
  infra add NAME [--model internal-external|named] [--platform VERSION]
  infra set [--infra NAME] [--platform VERSION|unset] [--model internal-external|named]
  infra rename [--infra NAME] NEW_NAME
  infra remove NAME --yes
  infra list [--json]
  tenant list [--infra NAME] [--json]
  tenant set [--infra NAME] --kind default|app|it [--dry-run [--json]] TENANT...
                                    (&apos;(default)&apos;: the records without a tenant)
  capacity set [--infra NAME] (--internal N --external N | --named N)
  runtime add [--infra NAME] NAME
  runtime rename [--infra NAME] NAME NEW_NAME
  runtime remove [--infra NAME] NAME --yes
  runtime list [--infra NAME] [--json]
  domain add|remove [--infra NAME] [--dry-run [--json]] DOMAIN...
  domain list [--infra NAME] [--json]
  import [--infra NAME] --runtime NAME [--format csv|json] [--mode replace|merge] [--skip-bad-rows]
         [--allow-shrink] FILE      (a replace removing more than half of a runtime needs --allow-shrink)
  check                                  (full integrity check of the workspace)
  counts [--infra NAME] [--json]
  users [--infra NAME] [--runtime NAME] [--search TEXT] [--class internal|external]
        [--status counted|it_user|inactive|anonymous] [--group NAME] [--json]
  explain [--infra NAME] --runtime NAME USERNAME
  deactivate [--infra NAME] (--runtime NAME USERNAME... | --not-logged-in-since DATE) [--dry-run]
  deactivate [--infra NAME] --group NAME [--runtime NAME] [--not-logged-in-since DATE] [--dry-run]
  activate [--infra NAME] --runtime NAME USERNAME...        (undo a deactivation made here)
  it-user [--infra NAME] --runtime NAME [--clear] USERNAME... (mark or clear IT users)
  link [--infra NAME] --runtime NAME [--other-runtime NAME] USERNAME OTHER_USERNAME
  split [--infra NAME] --runtime NAME [--undo] USERNAME...   (keep apart from automatic matching)
  groups import [--infra NAME] --runtime NAME [--format csv|json] [--skip-bad-rows] FILE
                                    (group memberships: columns Group and Username, optional Tenant)
  groups list [--infra NAME] [--json]
  report [--infra NAME | --all] [--pseudonymise] [--inactive-days N] --output FILE.pdf|FILE.html
                                    (the compliance report; --all: a roll-up of every infrastructure)
  fingerprint [--infra NAME]        (recomputes the SHA-256 printed in the report)

Options:
  --db FILE    the workspace database (default: $HEADCOUNT_DB, else the console&apos;s workspace)
  --infra NAME may be left out while the workspace has one infrastructure
  --help       show this help
  --version    show the version

Exit status: 0 success, 1 failure (one &apos;error:&apos; line on stderr), 2 usage error.
</source>
        <translation type="vanished">Aufruf: headcount-cli [--db DATEI] BEFEHL [ARGUMENTE]

Hält die Endbenutzerlizenz einer Low-Code-Plattform konform: zählt die eindeutigen internen und externen
Benutzer der Laufzeitumgebungen einer Infrastruktur und vergleicht sie mit deren Kapazitäten.

Befehle:
  init
  infra add NAME [--model internal-external|named] [--platform VERSION]
  infra set [--infra NAME] [--platform VERSION|unset] [--model internal-external|named]
  infra rename [--infra NAME] NEUER_NAME
  infra remove NAME --yes
  infra list [--json]
  tenant list [--infra NAME] [--json]
  tenant set [--infra NAME] --kind default|app|it [--dry-run [--json]] MANDANT...
                                    (&apos;(default)&apos;: die Datensätze ohne Mandant)
  capacity set [--infra NAME] (--internal N --external N | --named N)
  runtime add [--infra NAME] NAME
  runtime rename [--infra NAME] NAME NEUER_NAME
  runtime remove [--infra NAME] NAME --yes
  runtime list [--infra NAME] [--json]
  domain add|remove [--infra NAME] [--dry-run [--json]] DOMAIN...
  domain list [--infra NAME] [--json]
  import [--infra NAME] --runtime NAME [--format csv|json] [--mode replace|merge] [--skip-bad-rows]
         [--allow-shrink] DATEI     (ein Ersetzen, das mehr als die Hälfte einer Laufzeitumgebung entfernt, braucht --allow-shrink)
  check                                  (vollständige Integritätsprüfung des Arbeitsbereichs)
  counts [--infra NAME] [--json]
  users [--infra NAME] [--runtime NAME] [--search TEXT] [--class internal|external]
        [--status counted|it_user|inactive|anonymous] [--group NAME] [--json]
  explain [--infra NAME] --runtime NAME BENUTZERNAME
  deactivate [--infra NAME] (--runtime NAME BENUTZERNAME... | --not-logged-in-since DATUM) [--dry-run]
  deactivate [--infra NAME] --group NAME [--runtime NAME] [--not-logged-in-since DATUM] [--dry-run]
  activate [--infra NAME] --runtime NAME BENUTZERNAME...    (macht eine hier vorgenommene Deaktivierung rückgängig)
  it-user [--infra NAME] --runtime NAME [--clear] BENUTZERNAME... (IT-Benutzer markieren oder Markierung entfernen)
  link [--infra NAME] --runtime NAME [--other-runtime NAME] BENUTZERNAME ANDERER_BENUTZERNAME
  split [--infra NAME] --runtime NAME [--undo] BENUTZERNAME...   (von der automatischen Zuordnung ausnehmen)
  groups import [--infra NAME] --runtime NAME [--format csv|json] [--skip-bad-rows] DATEI
                                    (Gruppenmitgliedschaften: Spalten Group und Username, optional Tenant)
  groups list [--infra NAME] [--json]
  report [--infra NAME | --all] [--pseudonymise] [--inactive-days N] --output DATEI.pdf|DATEI.html
                                    (der Compliance-Bericht; --all: eine Zusammenfassung aller Infrastrukturen)
  fingerprint [--infra NAME]        (berechnet den im Bericht gedruckten SHA-256 neu)

Optionen:
  --db DATEI   die Datenbank des Arbeitsbereichs (Standard: $HEADCOUNT_DB, sonst der Arbeitsbereich der Konsole)
  --infra NAME kann entfallen, solange der Arbeitsbereich nur eine Infrastruktur hat
  --help       diese Hilfe anzeigen
  --version    die Version anzeigen

Exit-Status: 0 Erfolg, 1 Fehler (eine &apos;error:&apos;-Zeile auf stderr), 2 Aufruffehler.
</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="+41"/>
        <source>Usage: headcount-cli [--db FILE] COMMAND [ARGS]

Keeps a low-code platform&apos;s end-user licence in compliance: counts the unique internal and external
users of an infrastructure&apos;s runtimes against its capacities.

Commands:
  init
  infra add NAME [--model internal-external|named] [--platform VERSION]
  infra set [--infra NAME] [--platform VERSION|unset] [--model internal-external|named]
  infra rename [--infra NAME] NEW_NAME
  infra remove NAME --yes
  infra list [--json]
  tenant list [--infra NAME] [--json]
  tenant set [--infra NAME] --kind default|app|it [--dry-run [--json]] TENANT...
                                    (&apos;(default)&apos;: the records without a tenant)
  capacity set [--infra NAME] (--internal N --external N | --named N)
  runtime add [--infra NAME] NAME
  runtime rename [--infra NAME] NAME NEW_NAME
  runtime remove [--infra NAME] NAME --yes
  runtime list [--infra NAME] [--json]
  domain add|remove [--infra NAME] [--dry-run [--json]] DOMAIN...
  domain list [--infra NAME] [--json]
  import [--infra NAME] --runtime NAME [--format csv|json] [--mode replace|merge] [--skip-bad-rows]
         [--allow-shrink] FILE      (a replace removing more than half of a runtime needs --allow-shrink)
  check                                  (full integrity check of the workspace)
  counts [--infra NAME] [--json]
  users [--infra NAME] [--runtime NAME] [--search TEXT] [--class internal|external]
        [--status counted|it_user|inactive|anonymous] [--group NAME] [--json]
  explain [--infra NAME] --runtime NAME USERNAME
  deactivate [--infra NAME] (--runtime NAME USERNAME... | --not-logged-in-since DATE) [--dry-run]
  deactivate [--infra NAME] --group NAME [--runtime NAME] [--not-logged-in-since DATE] [--dry-run]
  activate [--infra NAME] --runtime NAME USERNAME...        (undo a deactivation made here)
  it-user [--infra NAME] --runtime NAME [--clear] USERNAME... (mark or clear IT users)
  link [--infra NAME] --runtime NAME [--other-runtime NAME] USERNAME OTHER_USERNAME
  split [--infra NAME] --runtime NAME [--undo] USERNAME...   (keep apart from automatic matching)
  groups import [--infra NAME] --runtime NAME [--format csv|json] [--skip-bad-rows] FILE
                                    (group memberships: columns Group and Username, optional Tenant)
  groups list [--infra NAME] [--json]
  report [--infra NAME | --all] [--pseudonymise] [--inactive-days N] --output FILE.pdf|FILE.html
                                    (the compliance report; --all: a roll-up of every infrastructure)
  fingerprint [--infra NAME]        (recomputes the SHA-256 printed in the report)
  history [--infra NAME] [--json]   (count snapshots and the capacity forecast)

Options:
  --db FILE    the workspace database (default: $HEADCOUNT_DB, else the console&apos;s workspace)
  --infra NAME may be left out while the workspace has one infrastructure
  --help       show this help
  --version    show the version

Exit status: 0 success, 1 failure (one &apos;error:&apos; line on stderr), 2 usage error.
</source>
        <translation>Aufruf: headcount-cli [--db DATEI] BEFEHL [ARGUMENTE]

Hält die Endbenutzerlizenz einer Low-Code-Plattform konform: zählt die eindeutigen internen und externen
Benutzer der Laufzeitumgebungen einer Infrastruktur und vergleicht sie mit deren Kapazitäten.

Befehle:
  init
  infra add NAME [--model internal-external|named] [--platform VERSION]
  infra set [--infra NAME] [--platform VERSION|unset] [--model internal-external|named]
  infra rename [--infra NAME] NEUER_NAME
  infra remove NAME --yes
  infra list [--json]
  tenant list [--infra NAME] [--json]
  tenant set [--infra NAME] --kind default|app|it [--dry-run [--json]] MANDANT...
                                    (&apos;(default)&apos;: die Datensätze ohne Mandant)
  capacity set [--infra NAME] (--internal N --external N | --named N)
  runtime add [--infra NAME] NAME
  runtime rename [--infra NAME] NAME NEUER_NAME
  runtime remove [--infra NAME] NAME --yes
  runtime list [--infra NAME] [--json]
  domain add|remove [--infra NAME] [--dry-run [--json]] DOMAIN...
  domain list [--infra NAME] [--json]
  import [--infra NAME] --runtime NAME [--format csv|json] [--mode replace|merge] [--skip-bad-rows]
         [--allow-shrink] DATEI     (ein Ersetzen, das mehr als die Hälfte einer Laufzeitumgebung entfernt, braucht --allow-shrink)
  check                                  (vollständige Integritätsprüfung des Arbeitsbereichs)
  counts [--infra NAME] [--json]
  users [--infra NAME] [--runtime NAME] [--search TEXT] [--class internal|external]
        [--status counted|it_user|inactive|anonymous] [--group NAME] [--json]
  explain [--infra NAME] --runtime NAME BENUTZERNAME
  deactivate [--infra NAME] (--runtime NAME BENUTZERNAME... | --not-logged-in-since DATUM) [--dry-run]
  deactivate [--infra NAME] --group NAME [--runtime NAME] [--not-logged-in-since DATUM] [--dry-run]
  activate [--infra NAME] --runtime NAME BENUTZERNAME...    (macht eine hier vorgenommene Deaktivierung rückgängig)
  it-user [--infra NAME] --runtime NAME [--clear] BENUTZERNAME... (IT-Benutzer markieren oder Markierung entfernen)
  link [--infra NAME] --runtime NAME [--other-runtime NAME] BENUTZERNAME ANDERER_BENUTZERNAME
  split [--infra NAME] --runtime NAME [--undo] BENUTZERNAME...   (von der automatischen Zuordnung ausnehmen)
  groups import [--infra NAME] --runtime NAME [--format csv|json] [--skip-bad-rows] DATEI
                                    (Gruppenmitgliedschaften: Spalten Group und Username, optional Tenant)
  groups list [--infra NAME] [--json]
  report [--infra NAME | --all] [--pseudonymise] [--inactive-days N] --output DATEI.pdf|DATEI.html
                                    (der Compliance-Bericht; --all: eine Zusammenfassung aller Infrastrukturen)
  fingerprint [--infra NAME]        (berechnet den im Bericht gedruckten SHA-256 neu)
  history [--infra NAME] [--json]   (Zählstände und die Kapazitätsprognose)

Optionen:
  --db DATEI   die Datenbank des Arbeitsbereichs (Standard: $HEADCOUNT_DB, sonst der Arbeitsbereich der Konsole)
  --infra NAME kann entfallen, solange der Arbeitsbereich nur eine Infrastruktur hat
  --help       diese Hilfe anzeigen
  --version    die Version anzeigen

Exit-Status: 0 Erfolg, 1 Fehler (eine &apos;error:&apos;-Zeile auf stderr), 2 Aufruffehler.
</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+11"/>
        <source>option &apos;--db&apos; needs a value</source>
        <translation>Option &apos;--db&apos; braucht einen Wert</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+6"/>
        <location line="+46"/>
        <source>option &apos;--db&apos; given more than once</source>
        <translation>Option &apos;--db&apos; mehrfach angegeben</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown command &apos;%1 %2&apos; (use %3)</source>
        <translation>unbekannter Befehl &apos;%1 %2&apos; (verwenden Sie %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; needs a sub-command: %2</source>
        <translation>&apos;%1&apos; braucht einen Unterbefehl: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is missing an argument</source>
        <translation>bei &apos;%1&apos; fehlt ein Argument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos; für &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <location filename="../src/cli/CommandContext.cpp" line="+27"/>
        <source>no workspace at %1 (create one with &apos;headcount-cli init&apos;)</source>
        <translation>kein Arbeitsbereich unter %1 (legen Sie einen mit &apos;headcount-cli init&apos; an)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>waiting for another process using the workspace…</source>
        <translation>warte auf einen anderen Prozess, der den Arbeitsbereich verwendet…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="+26"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown option &apos;--%1&apos;</source>
        <translation>unbekannte Option &apos;--%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &apos;--%1&apos; given more than once</source>
        <translation>Option &apos;--%1&apos; mehrfach angegeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation>Option &apos;--%1&apos; braucht einen Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>Option &apos;--%1&apos; nimmt keinen Wert</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../src/cli/Console.cpp" line="+59"/>
        <source>Try &apos;headcount-cli --help&apos;.</source>
        <translation>Siehe &apos;headcount-cli --help&apos;.</translation>
    </message>
</context>
<context>
    <name>CountsEngine</name>
    <message>
        <location filename="../src/storage/CountsEngine.cpp" line="+65"/>
        <location line="+7"/>
        <source>updating runtime counts</source>
        <translation>Aktualisieren der Zählungen je Laufzeitumgebung</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation type="vanished">Lesen eines Datensatzes</translation>
    </message>
    <message>
        <source>matching records</source>
        <translation type="vanished">Zuordnen der Datensätze</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+11"/>
        <source>reading links</source>
        <translation>Lesen der Verknüpfungen</translation>
    </message>
    <message>
        <source>Identity merging needs the SQLite driver.</source>
        <translation type="vanished">Die Zusammenführung von Personen benötigt den SQLite-Treiber.</translation>
    </message>
    <message>
        <source>Identity merging</source>
        <translation type="vanished">Die Zusammenführung von Personen</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>storing individuals</source>
        <translation>Speichern der Personen</translation>
    </message>
    <message>
        <source>No infrastructure with id %1.</source>
        <translation type="vanished">Keine Infrastruktur mit der ID %1.</translation>
    </message>
    <message>
        <source>reading domains</source>
        <translation type="vanished">Lesen der Domains</translation>
    </message>
    <message>
        <source>reading runtimes</source>
        <translation type="vanished">Lesen der Laufzeitumgebungen</translation>
    </message>
    <message>
        <source>reading counts</source>
        <translation type="vanished">Lesen der Zählungen</translation>
    </message>
</context>
<context>
    <name>CountsHistory</name>
    <message>
        <location filename="../src/storage/CountsHistory.cpp" line="+77"/>
        <source>writing the count history</source>
        <translation>Schreiben des Zählverlaufs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>coalescing the count history</source>
        <translation>Zusammenfassen des Zählverlaufs</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <source>reading the count history</source>
        <translation>Lesen des Zählverlaufs</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>a count snapshot has the time &apos;%1&apos; and the model &apos;%2&apos;</source>
        <translation>ein Zählstand hat die Zeit &apos;%1&apos; und das Modell &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>CountsRebuild</name>
    <message>
        <location filename="../src/storage/CountsRebuild.cpp" line="+57"/>
        <location line="+21"/>
        <source>reading records</source>
        <translation>Lesen der Datensätze</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading links</source>
        <translation>Lesen der Verknüpfungen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>storing individuals</source>
        <translation>Speichern der Personen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <location line="+8"/>
        <source>updating counts</source>
        <translation>Aktualisieren der Zählungen</translation>
    </message>
    <message>
        <source>Recounting an infrastructure</source>
        <translation type="vanished">Das Neuzählen einer Infrastruktur</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">Der Datenbanktreiber liefert kein SQLite-Handle.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <source>reading runtimes</source>
        <translation>Lesen der Laufzeitumgebungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>reading infrastructures</source>
        <translation>Lesen der Infrastrukturen</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../src/storage/DatabaseUrl.cpp" line="+25"/>
        <source>%1: not a valid PostgreSQL URL: %2 (expected %3).</source>
        <translation>%1: keine gültige PostgreSQL-URL: %2 (erwartet: %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No workspace given.</source>
        <translation>Kein Arbeitsbereich angegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;//&quot; is missing after the scheme</source>
        <translation>nach dem Schema fehlt „//“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; databases are not supported; give the path of a workspace file or a shared workspace as %3.</source>
        <translation>%1: „%2“-Datenbanken werden nicht unterstützt; geben Sie den Pfad einer Arbeitsbereichsdatei oder einen gemeinsamen Arbeitsbereich als %3 an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a URL fragment (&quot;#…&quot;) is not allowed</source>
        <translation>ein URL-Fragment („#…“) ist nicht erlaubt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>no database name</source>
        <translation>kein Datenbankname</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+9"/>
        <source>no user name</source>
        <translation>kein Benutzername</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+49"/>
        <source>%1: the URL holds a password; passwords go in .pgpass or PGPASSFILE, never on the command line.</source>
        <translation>%1: Die URL enthält ein Passwort; Passwörter gehören in .pgpass oder PGPASSFILE, nie in die Befehlszeile.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>no host name</source>
        <translation>kein Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a host name or a host name and port</source>
        <translation>„%1“ ist weder ein Hostname noch ein Hostname mit Port</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the database name &quot;%1&quot; holds a &quot;/&quot;</source>
        <translation>der Datenbankname „%1“ enthält ein „/“</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the option &quot;%1&quot; has no value</source>
        <translation>die Option „%1“ hat keinen Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the option &quot;%1&quot; is given twice</source>
        <translation>die Option „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value of &quot;%1&quot; holds a &quot;;&quot;</source>
        <translation>der Wert von „%1“ enthält ein „;“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sslmode must be one of %1</source>
        <translation>sslmode muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>connect_timeout must be a number of seconds</source>
        <translation>connect_timeout muss eine Anzahl von Sekunden sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the option &quot;%2&quot; is not supported (supported: sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</source>
        <translation>%1: Die Option „%2“ wird nicht unterstützt (unterstützt: sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</translation>
    </message>
</context>
<context>
    <name>DeactivateCommand</name>
    <message>
        <location filename="../src/cli/DeactivateCommand.cpp" line="+24"/>
        <source>--group takes no user names (unexpected &apos;%1&apos;)</source>
        <translation>--group nimmt keine Benutzernamen (unerwartet: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --runtime NAME USERNAME..., --not-logged-in-since DATE or --group NAME</source>
        <translation>geben Sie entweder --runtime NAME BENUTZERNAME..., --not-logged-in-since DATUM oder --group NAME an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name the users to deactivate after --runtime NAME</source>
        <translation>nennen Sie die zu deaktivierenden Benutzer nach --runtime NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--not-logged-in-since takes no user names (unexpected &apos;%1&apos;)</source>
        <translation>--not-logged-in-since nimmt keine Benutzernamen (unerwartet: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum (verwenden Sie JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no user &quot;%1&quot; in runtime &quot;%2&quot;</source>
        <translation>kein Benutzer &quot;%1&quot; in der Laufzeitumgebung &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No records to deactivate.</source>
        <translation>Keine Datensätze zu deaktivieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Dry run: %n record(s) would be deactivated; nothing was changed.</source>
        <translation>
            <numerusform>Probelauf: %n Datensatz würde deaktiviert; nichts wurde geändert.</numerusform>
            <numerusform>Probelauf: %n Datensätze würden deaktiviert; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Deactivated %n record(s):</source>
        <translation>
            <numerusform>%n Datensatz deaktiviert:</numerusform>
            <numerusform>%n Datensätze deaktiviert:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unique individuals now: %1.</source>
        <translation>Eindeutige Personen jetzt: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique individuals now: internal %1, external %2.</source>
        <translation>Eindeutige Personen jetzt: intern %1, extern %2.</translation>
    </message>
</context>
<context>
    <name>DecisionCommands</name>
    <message>
        <location filename="../src/cli/DecisionCommands.cpp" line="+39"/>
        <source>&apos;%1&apos; needs --runtime NAME</source>
        <translation>&apos;%1&apos; braucht --runtime NAME</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unique users now: %1 named.</source>
        <translation>Eindeutige Benutzer jetzt: %1 namentlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique users now: %1 internal, %2 external.</source>
        <translation>Eindeutige Benutzer jetzt: %1 intern, %2 extern.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Re-activated %n user(s) in Headcount (the export&apos;s own Is_Active applies again).</source>
        <translation>
            <numerusform>%n Benutzer in Headcount wieder aktiviert (das Is_Active des Exports gilt wieder).</numerusform>
            <numerusform>%n Benutzer in Headcount wieder aktiviert (das Is_Active des Exports gilt wieder).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Cleared the IT-user flag of %n user(s).</source>
        <translation>
            <numerusform>IT-Benutzer-Markierung von %n Benutzer entfernt.</numerusform>
            <numerusform>IT-Benutzer-Markierung von %n Benutzern entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Marked %n user(s) as IT users (not counted).</source>
        <translation>
            <numerusform>%n Benutzer als IT-Benutzer markiert (nicht gezählt).</numerusform>
            <numerusform>%n Benutzer als IT-Benutzer markiert (nicht gezählt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;link&apos; needs --runtime NAME USERNAME OTHER_USERNAME [--other-runtime NAME]</source>
        <translation>&apos;link&apos; braucht --runtime NAME BENUTZERNAME ANDERER_BENUTZERNAME [--other-runtime NAME]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linked %1 and %2: one individual.</source>
        <translation>%1 und %2 verknüpft: eine Person.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n user(s) match automatically again.</source>
        <translation>
            <numerusform>%n Benutzer wird wieder automatisch zugeordnet.</numerusform>
            <numerusform>%n Benutzer werden wieder automatisch zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Split %n user(s) from automatic matching (only links join them).</source>
        <translation>
            <numerusform>%n Benutzer von der automatischen Zuordnung getrennt (nur Verknüpfungen führen ihn zusammen).</numerusform>
            <numerusform>%n Benutzer von der automatischen Zuordnung getrennt (nur Verknüpfungen führen sie zusammen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainList</name>
    <message>
        <location filename="../src/core/DomainList.cpp" line="+29"/>
        <source>an e-mail address, not a domain: give only the part after @ (%1)</source>
        <translation>eine E-Mail-Adresse, keine Domain: geben Sie nur den Teil nach @ an (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an e-mail address, not a domain</source>
        <translation>eine E-Mail-Adresse, keine Domain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains a space: separate domains with new lines, commas or semicolons</source>
        <translation>enthält ein Leerzeichen: trennen Sie Domains durch Zeilenumbrüche, Kommas oder Semikolons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a web address, not a domain: give only the host name (e.g. example.com)</source>
        <translation>eine Webadresse, keine Domain: geben Sie nur den Hostnamen an (z. B. example.com)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs at least two labels separated by a dot (e.g. example.com)</source>
        <translation>braucht mindestens zwei durch einen Punkt getrennte Labels (z. B. example.com)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an empty label (two dots in a row, or a dot at the start)</source>
        <translation>hat ein leeres Label (zwei Punkte hintereinander oder ein Punkt am Anfang)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>das Label &quot;%1&quot; beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label &quot;%1…&quot; is longer than 63 characters</source>
        <translation>das Label &quot;%1…&quot; ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains &quot;%1&quot;: only letters, digits and hyphens between dots</source>
        <translation>enthält &quot;%1&quot;: zwischen den Punkten nur Buchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a valid domain name (R1: letters, digits and hyphens between dots)</source>
        <translation>kein gültiger Domainname (R1: Buchstaben, Ziffern und Bindestriche zwischen Punkten)</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <location filename="../src/core/History.cpp" line="+124"/>
        <source>Internal users</source>
        <translation>Interne Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External users</source>
        <translation>Externe Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named users</source>
        <translation>Namentliche Benutzer</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: no capacity set, nothing to forecast.</source>
        <translation>%1: keine Kapazität festgelegt, nichts zu prognostizieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not enough history for a forecast yet (counts of at least two days are needed).</source>
        <translation>%1: noch nicht genug Verlauf für eine Prognose (Zählungen von mindestens zwei Tagen sind nötig).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>fitted over %n day(s) with counts in the last %1 days; %2 a day</source>
        <translation>
            <numerusform>angepasst über %n Tag mit Zählungen in den letzten %1 Tagen; %2 pro Tag</numerusform>
            <numerusform>angepasst über %n Tage mit Zählungen in den letzten %1 Tagen; %2 pro Tag</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no trend yet</source>
        <translation>noch kein Trend</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>do not reach 80 % of the capacity within %n day(s)</source>
        <translation>
            <numerusform>erreichen 80 % der Kapazität nicht innerhalb von %n Tag</numerusform>
            <numerusform>erreichen 80 % der Kapazität nicht innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at 80 % of the capacity already</source>
        <translation>bereits bei 80 % der Kapazität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reach 80 % of the capacity on %1</source>
        <translation>erreichen 80 % der Kapazität am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at or over 100 % already</source>
        <translation>bereits bei oder über 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 % on %1</source>
        <translation>100 % am %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>not 100 % within %n day(s)</source>
        <translation>
            <numerusform>nicht 100 % innerhalb von %n Tag</numerusform>
            <numerusform>nicht 100 % innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, %3 (%4).</source>
        <translation>%1: %2, %3 (%4).</translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <location filename="../src/cli/GroupCommands.cpp" line="+18"/>
        <source>groups import needs --runtime NAME</source>
        <translation>groups import braucht --runtime NAME</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format &apos;%1&apos; (use csv or json)</source>
        <translation>unbekanntes Format &apos;%1&apos; (verwenden Sie csv oder json)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Imported groups from %1 into runtime %2 of %3: %n group(s)</source>
        <translation>
            <numerusform>Gruppen aus %1 in die Laufzeitumgebung %2 von %3 importiert: %n Gruppe</numerusform>
            <numerusform>Gruppen aus %1 in die Laufzeitumgebung %2 von %3 importiert: %n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n membership(s) (replacing %1).</source>
        <translation>
            <numerusform>, %n Mitgliedschaft (ersetzt %1).</numerusform>
            <numerusform>, %n Mitgliedschaften (ersetzt %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %n repeated line(s) ignored</source>
        <translation>
            <numerusform>  %n wiederholte Zeile ignoriert</numerusform>
            <numerusform>  %n wiederholte Zeilen ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %n bad row(s) skipped</source>
        <translation>
            <numerusform>  %n fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>  %n fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  unknown columns ignored: %1</source>
        <translation>  unbekannte Spalten ignoriert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>  %n member(s) match no user of the runtime: %1</source>
        <translation>
            <numerusform>  %n Mitglied entspricht keinem Benutzer der Laufzeitumgebung: %1</numerusform>
            <numerusform>  %n Mitglieder entsprechen keinem Benutzer der Laufzeitumgebung: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No groups (import them with &apos;headcount-cli groups import --runtime NAME FILE&apos;).</source>
        <translation>Keine Gruppen (importieren Sie sie mit &apos;headcount-cli groups import --runtime NAME DATEI&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runtimes</source>
        <translation>Laufzeitumgebungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no group named &quot;%1&quot; (see &apos;headcount-cli groups list&apos;)</source>
        <translation>keine Gruppe namens &quot;%1&quot; (siehe &apos;headcount-cli groups list&apos;)</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../src/cli/HistoryCommand.cpp" line="+28"/>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Named</source>
        <translation>Namentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap. internal</source>
        <translation>Kap. intern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cap. external</source>
        <translation>Kap. extern</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n snapshot(s) stored; the last of each day is shown.</source>
        <translation>
            <numerusform>%n Zählstand gespeichert; der letzte jedes Tages wird gezeigt.</numerusform>
            <numerusform>%n Zählstände gespeichert; der letzte jedes Tages wird gezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="+17"/>
        <source>import needs --runtime NAME</source>
        <translation>import braucht --runtime NAME</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown format &apos;%1&apos; (use csv or json)</source>
        <translation>unbekanntes Format &apos;%1&apos; (verwenden Sie csv oder json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown import mode &apos;%1&apos; (use replace or merge)</source>
        <translation>unbekannter Importmodus &apos;%1&apos; (verwenden Sie replace oder merge)</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n more short row(s) not listed</source>
        <translation>
            <numerusform>%n weitere zu kurze Zeile nicht aufgeführt</numerusform>
            <numerusform>%n weitere zu kurze Zeilen nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 (%2 records) into runtime %3 of %4 (%5).</source>
        <translation>%1 (%2 Datensätze) in die Laufzeitumgebung %3 von %4 importiert (%5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge</source>
        <translation>zusammenführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  added %1, changed %2, removed %3, unchanged %4, skipped %5</source>
        <translation>  hinzugefügt %1, geändert %2, entfernt %3, unverändert %4, übersprungen %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  read as JSON, %1</source>
        <translation>  als JSON gelesen, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  read as CSV, %1, delimiter %2</source>
        <translation>  als CSV gelesen, %1, Trennzeichen %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  unknown columns ignored: %1</source>
        <translation>  unbekannte Spalten ignoriert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Password column dropped, never stored</source>
        <translation>  Spalte Password verworfen, nie gespeichert</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  removed: </source>
        <translation>  entfernt: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  deactivated here but still active on the platform: </source>
        <translation>  hier deaktiviert, aber auf der Plattform noch aktiv: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+14"/>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Open a workspace file</source>
        <translation>Eine Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a runtime&apos;s user export (CSV or JSON)</source>
        <translation>Den Benutzerexport einer Laufzeitumgebung importieren (CSV oder JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a runtime&apos;s user export</source>
        <translation>Den Benutzerexport einer Laufzeitumgebung importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit Headcount</source>
        <translation>Headcount beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the counts again (changes made by headcount-cli or other users)</source>
        <translation>Die Zählungen neu lesen (Änderungen durch headcount-cli oder andere Benutzer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the counts again</source>
        <translation>Die Zählungen neu lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the undone change again</source>
        <translation>Die rückgängig gemachte Änderung erneut ausführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Headcount</source>
        <translation>Ü&amp;ber Headcount</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>QueryCommands</name>
    <message>
        <location filename="../src/cli/QueryCommands.cpp" line="+26"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Infrastructure %1 (%2, platform %3)</source>
        <translation>Infrastruktur %1 (%2, Plattform %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>11.11.3 or later</source>
        <translation>11.11.3 oder neuer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licensed</source>
        <translation>Lizenziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unique individuals: %1</source>
        <translation>Eindeutige Personen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+182"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+29"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform int.</source>
        <translation>Plattform int.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform ext.</source>
        <translation>Plattform ext.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform total</source>
        <translation>Plattform gesamt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No runtimes.</source>
        <translation>Keine Laufzeitumgebungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(sum)</source>
        <translation>(Summe)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+3"/>
        <location line="+19"/>
        <source>cannot write the list to standard output: %1</source>
        <translation>kann die Liste nicht in die Standardausgabe schreiben: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1; and standard output could not be cut back: %2</source>
        <translation>%1; und die Standardausgabe konnte nicht zurückgekürzt werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create a temporary file for the list: %1</source>
        <translation>kann keine temporäre Datei für die Liste anlegen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>cannot write the list: %1</source>
        <translation>kann die Liste nicht schreiben: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the list back: %1</source>
        <translation>kann die Liste nicht zurücklesen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown class &apos;%1&apos; (use internal or external)</source>
        <translation>unbekannte Klasse &apos;%1&apos; (verwenden Sie internal oder external)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown status &apos;%1&apos; (use counted, it_user, inactive or anonymous)</source>
        <translation>unbekannter Status &apos;%1&apos; (verwenden Sie counted, it_user, inactive oder anonymous)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--output needs a file name</source>
        <translation>--output braucht einen Dateinamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output writes CSV; it cannot be combined with --json</source>
        <translation>--output schreibt CSV; es kann nicht mit --json kombiniert werden</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>wrote %1 (%n record(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Datensatz)</numerusform>
            <numerusform>%1 geschrieben (%n Datensätze)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No records match.</source>
        <translation>Keine passenden Datensätze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Individual</source>
        <translation>Person</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Workspace %1: integrity check passed.</source>
        <translation>Arbeitsbereich %1: Integritätsprüfung bestanden.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>the workspace is damaged: %n problem(s) found; restore a backup</source>
        <translation>
            <numerusform>der Arbeitsbereich ist beschädigt: %n Problem gefunden; stellen Sie eine Sicherung wieder her</numerusform>
            <numerusform>der Arbeitsbereich ist beschädigt: %n Probleme gefunden; stellen Sie eine Sicherung wieder her</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>explain needs --runtime NAME</source>
        <translation>explain braucht --runtime NAME</translation>
    </message>
</context>
<context>
    <name>ReclaimList</name>
    <message>
        <location filename="../src/report/ReclaimList.cpp" line="+46"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <location filename="../src/core/Reconciliation.cpp" line="+22"/>
        <source>The platform&apos;s consoles add up to the unique count (%1).</source>
        <translation>Die Konsolen der Plattform ergeben zusammen die eindeutige Zahl (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s consoles add up to %1, fewer than the %2 unique individuals: records split here are counted apart, which the platform does not know.</source>
        <translation>Die Konsolen der Plattform ergeben zusammen %1, weniger als die %2 eindeutigen Personen: hier getrennte Datensätze werden getrennt gezählt, was die Plattform nicht weiß.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s consoles add up to %1, %2 more than the %3 unique individuals the licence is measured against: each console counts only its own runtime, so a person with accounts on several runtimes counts once per runtime, and an account in a multi-tenant app&apos;s tenant counts once per tenant.</source>
        <translation>Die Konsolen der Plattform ergeben zusammen %1, %2 mehr als die %3 eindeutigen Personen, an denen die Lizenz gemessen wird: Jede Konsole zählt nur ihre eigene Laufzeitumgebung, daher zählt eine Person mit Konten in mehreren Laufzeitumgebungen einmal je Laufzeitumgebung, und ein Konto im Mandanten einer mandantenfähigen App zählt einmal je Mandant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Platform %1 (before 11.11.3) also counts a person&apos;s accounts in several user providers separately.</source>
        <translation>Plattform %1 (vor 11.11.3) zählt die Konten einer Person in mehreren Benutzeranbietern zusätzlich getrennt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>named</source>
        <translation>namentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external</source>
        <translation>extern</translation>
    </message>
</context>
<context>
    <name>RecordSnapshot</name>
    <message>
        <location filename="../src/gui/RecordSnapshot.cpp" line="+27"/>
        <location line="+20"/>
        <source>Could not keep the records for undo in %1: %2</source>
        <translation>Die Datensätze für das Rückgängigmachen konnten nicht in %1 aufbewahrt werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The records kept for undo are gone (%1): %2</source>
        <translation>Die für das Rückgängigmachen aufbewahrten Datensätze sind nicht mehr vorhanden (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>The records kept for undo are damaged (%1).</source>
        <translation>Die für das Rückgängigmachen aufbewahrten Datensätze sind beschädigt (%1).</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../src/cli/ReportCommands.cpp" line="+33"/>
        <source>&apos;report&apos; needs --output FILE.pdf or FILE.html</source>
        <translation>&apos;report&apos; braucht --output DATEI.pdf oder DATEI.html</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--output must name a .pdf or .html file: &apos;%1&apos;</source>
        <translation>--output muss eine .pdf- oder .html-Datei nennen: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either --infra or --all, not both</source>
        <translation>geben Sie entweder --infra oder --all an, nicht beides</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--inactive-days needs a number of days from 1 to 36500</source>
        <translation>--inactive-days braucht eine Anzahl von Tagen zwischen 1 und 36500</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite)</numerusform>
            <numerusform>%1 geschrieben (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fingerprint %1: %2</source>
        <translation>Fingerabdruck %1: %2</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../src/core/Rules.cpp" line="+168"/>
        <source>R1/R2: e-mail is %1 (from the Email field &quot;%2&quot;).</source>
        <translation>R1/R2: Die E-Mail-Adresse ist %1 (aus dem Feld Email &quot;%2&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R1/R2: the Email field &quot;%1&quot; is not a valid address; the Username &quot;%2&quot; is, so the e-mail is %3.</source>
        <translation>R1/R2: Das Feld Email &quot;%1&quot; ist keine gültige Adresse; der Username &quot;%2&quot; ist eine, also ist die E-Mail-Adresse %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R1/R2: neither Email (&quot;%1&quot;) nor Username (&quot;%2&quot;) is a valid address: no valid e-mail.</source>
        <translation>R1/R2: Weder Email (&quot;%1&quot;) noch Username (&quot;%2&quot;) ist eine gültige Adresse: keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R5.1: its tenant &quot;%1&quot; is the IT users&apos; tenant (kind it): not counted (it_user).</source>
        <translation>R5.1: Sein Mandant &quot;%1&quot; ist der Mandant der IT-Benutzer (Art it): nicht gezählt (it_user).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.1: marked as IT user by the administrator: not counted (it_user).</source>
        <translation>R5.1: vom Administrator als IT-Benutzer markiert: nicht gezählt (it_user).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R5.1: the export flags an IT user: not counted (it_user).</source>
        <translation>R5.1: Der Export kennzeichnet einen IT-Benutzer: nicht gezählt (it_user).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.2: deactivated in Headcount: not counted (inactive).</source>
        <translation>R5.2: in Headcount deaktiviert: nicht gezählt (inactive).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R5.2: inactive in the export: not counted (inactive).</source>
        <translation>R5.2: im Export inaktiv: nicht gezählt (inactive).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.3: never logged in and shares no personal data: not counted (anonymous).</source>
        <translation>R5.3: nie angemeldet und teilt keine persönlichen Daten: nicht gezählt (anonymous).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R5.1: the export flags an IT user, but the administrator cleared the flag.</source>
        <translation>R5.1: Der Export kennzeichnet einen IT-Benutzer, aber der Administrator hat die Markierung entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.2: inactive in the export, but re-activated in Headcount.</source>
        <translation>R5.2: im Export inaktiv, aber in Headcount wieder aktiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R5: not an IT user, active, and %1: counted.</source>
        <translation>R5: kein IT-Benutzer, aktiv, und %1: gezählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shares personal data</source>
        <translation>teilt persönliche Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last logged in %1</source>
        <translation>zuletzt angemeldet am %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R9: named-user model: no internal/external classification.</source>
        <translation>R9: Modell mit namentlichen Benutzern: keine Einteilung in intern/extern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R4: the infrastructure has no owned domains: internal.</source>
        <translation>R4: Die Infrastruktur hat keine eigenen Domains: intern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R4: no valid e-mail: internal.</source>
        <translation>R4: keine gültige E-Mail-Adresse: intern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R3/R4: domain %1 is an owned domain: internal.</source>
        <translation>R3/R4: Die Domain %1 ist eine eigene Domain: intern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R3/R4: domain %1 is not an owned domain (matching is exact; subdomains are listed on their own): external.</source>
        <translation>R3/R4: Die Domain %1 ist keine eigene Domain (der Vergleich ist exakt; Subdomains werden einzeln eingetragen): extern.</translation>
    </message>
</context>
<context>
    <name>RuntimeImport</name>
    <message>
        <location filename="../src/storage/ImportRun.cpp" line="+79"/>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation>Import abgebrochen: Der Arbeitsbereich blieb unverändert.</translation>
    </message>
    <message>
        <source>reading decisions</source>
        <translation type="vanished">Lesen der Entscheidungen</translation>
    </message>
    <message>
        <source>Database error while reading the runtime&apos;s records: %1</source>
        <translation type="vanished">Datenbankfehler beim Lesen der Datensätze der Laufzeitumgebung: %1</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportRunMerge.cpp" line="+51"/>
        <location filename="../src/storage/PreviousRecords.cpp" line="+51"/>
        <location line="+15"/>
        <location line="+44"/>
        <source>reading the runtime&apos;s records</source>
        <translation>Lesen der Datensätze der Laufzeitumgebung</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportRun.cpp" line="+151"/>
        <source>This export would remove %1 of the runtime&apos;s %2 records (more than half), e.g. %3%4. Nothing was changed; confirm the import (--allow-shrink) if that is right.</source>
        <translation>Dieser Export würde %1 der %2 Datensätze der Laufzeitumgebung entfernen (mehr als die Hälfte), z. B. %3%4. Nichts wurde geändert; bestätigen Sie den Import (--allow-shrink), wenn das richtig ist.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading the infrastructure</source>
        <translation>Lesen der Infrastruktur</translation>
    </message>
    <message>
        <source>Database error while reading the other runtimes: %1</source>
        <translation type="vanished">Datenbankfehler beim Lesen der anderen Laufzeitumgebungen: %1</translation>
    </message>
    <message>
        <source>reading the other runtimes</source>
        <translation type="vanished">Lesen der anderen Laufzeitumgebungen</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+6"/>
        <source>reading links</source>
        <translation>Lesen der Verknüpfungen</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportRunWrite.cpp" line="+35"/>
        <source>replacing the runtime&apos;s records</source>
        <translation>Ersetzen der Datensätze der Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>storing the infrastructure&apos;s serials</source>
        <translation>Speichern der Seriennummern der Infrastruktur</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>storing individuals</source>
        <translation>Speichern der Personen</translation>
    </message>
    <message>
        <location filename="../src/storage/RowSpool.cpp" line="+28"/>
        <source>Cannot create the import&apos;s temporary file %1: %2</source>
        <translation>Die temporäre Datei des Imports %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the import&apos;s temporary file %1: %2</source>
        <translation>Die temporäre Datei des Imports %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the import&apos;s temporary file %1: %2</source>
        <translation>Die temporäre Datei des Imports %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the import&apos;s temporary file: the folder for temporary files (TMPDIR) %1 does not exist.</source>
        <translation>Die temporäre Datei des Imports kann nicht angelegt werden: Der Ordner für temporäre Dateien (TMPDIR) %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The import&apos;s temporary file was read before it was written.</source>
        <translation>Die temporäre Datei des Imports wurde gelesen, bevor sie geschrieben war.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import&apos;s temporary file %1 ends early: it was changed or cut short while the import ran.</source>
        <translation>Die temporäre Datei des Imports %1 endet zu früh: Sie wurde während des Imports geändert oder gekürzt.</translation>
    </message>
    <message>
        <location filename="../src/storage/PreviousRecords.cpp" line="+7"/>
        <location line="+16"/>
        <source>The runtime&apos;s records changed while they were imported.</source>
        <translation>Die Datensätze der Laufzeitumgebung haben sich während des Imports geändert.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../src/storage/Schema.cpp" line="+201"/>
        <location line="+5"/>
        <location line="+15"/>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a Headcount workspace, or a damaged one: %1</source>
        <translation>Kein Headcount-Arbeitsbereich oder ein beschädigter: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>The workspace is damaged: %1</source>
        <translation>Der Arbeitsbereich ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Not a Headcount workspace (it holds other tables).</source>
        <translation>Kein Headcount-Arbeitsbereich (er enthält andere Tabellen).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not a Headcount workspace, or a damaged one (no schema version).</source>
        <translation>Kein Headcount-Arbeitsbereich oder ein beschädigter (keine Schemaversion).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workspace was written by a newer Headcount (schema version %1; this version reads up to %2). It was not modified.</source>
        <translation>Dieser Arbeitsbereich wurde von einem neueren Headcount geschrieben (Schemaversion %1; diese Version liest bis %2). Er wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot upgrade this workspace: it needs the SQLite driver.</source>
        <translation>Dieser Arbeitsbereich kann nicht aktualisiert werden: Er benötigt den SQLite-Treiber.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write the schema: %1</source>
        <translation>Das Schema kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <location filename="../src/gui/Screenshot.cpp" line="+16"/>
        <source>the window could not be captured</source>
        <translation>das Fenster konnte nicht aufgenommen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SqliteBulkInserter</name>
    <message>
        <location filename="../src/storage/PostgresCopyWriter.cpp" line="+39"/>
        <location filename="../src/storage/SqliteBulkInserter.cpp" line="+83"/>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>libpq&apos;s COPY functions are not available</source>
        <translation>Die COPY-Funktionen von libpq sind nicht verfügbar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a row has %1 values for %2 columns</source>
        <translation>eine Zeile hat %1 Werte für %2 Spalten</translation>
    </message>
    <message>
        <location filename="../src/storage/SqliteBulkInserter.cpp" line="+7"/>
        <location line="+14"/>
        <source>Database error while preparing a bulk insert: %1</source>
        <translation>Datenbankfehler beim Vorbereiten eines Masseneinfügens: %1</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <location filename="../src/gui/StartupOptions.cpp" line="+16"/>
        <source>Headcount: end-user licence compliance console.</source>
        <translation>Headcount: Konsole für die Endbenutzerlizenz-Compliance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the workspace FILE (default: $HEADCOUNT_DB, else the last one used).</source>
        <translation>Den Arbeitsbereich DATEI öffnen (Standard: $HEADCOUNT_DB, sonst der zuletzt verwendete).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save an image of the main window to FILE (PNG) and quit.</source>
        <translation>Ein Bild des Hauptfensters in DATEI (PNG) speichern und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the VIEW tab first: dashboard, users, domains, runtimes or reclaim.</source>
        <translation>Zuerst den Reiter ANSICHT zeigen: dashboard, users, domains, runtimes oder reclaim.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--view takes dashboard, users, domains, runtimes or reclaim, not &apos;%1&apos;</source>
        <translation>--view nimmt dashboard, users, domains, runtimes oder reclaim, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show the VIEW tab first: dashboard, users, domains or runtimes.</source>
        <translation type="vanished">Zuerst den Reiter ANSICHT zeigen: dashboard, users, domains oder runtimes.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Colours: system, light or dark (default: as chosen in Settings).</source>
        <translation>Farben: system, light oder dark (Standard: wie in den Einstellungen gewählt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace file to open (same as --db).</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei (wie --db).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--theme takes system, light or dark, not &apos;%1&apos;</source>
        <translation>--theme nimmt system, light oder dark, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--view takes dashboard, users, domains or runtimes, not &apos;%1&apos;</source>
        <translation type="vanished">--view nimmt dashboard, users, domains oder runtimes, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show the VIEW tab first: dashboard or users.</source>
        <translation type="vanished">Zuerst den Reiter ANSICHT zeigen: dashboard oder users.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--view takes dashboard or users, not &apos;%1&apos;</source>
        <translation type="vanished">--view nimmt dashboard oder users, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot braucht einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="+55"/>
        <source>Try &apos;headcount --help&apos;.</source>
        <translation>Siehe &apos;headcount --help&apos;.</translation>
    </message>
</context>
<context>
    <name>UserCsv</name>
    <message>
        <location filename="../src/report/UserCsv.cpp" line="+30"/>
        <location line="+11"/>
        <source>Could not write the CSV file: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+7"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>WhatIfText</name>
    <message>
        <location filename="../src/gui/WhatIfText.cpp" line="+19"/>
        <source>%1 %2 → %3 (%4)</source>
        <extracomment>what-if of one count: &quot;internal 974 → 1,021 (+47)&quot;</extracomment>
        <translation>%1 %2 → %3 (%4)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>named</source>
        <translation>namentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external</source>
        <translation>extern</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No workspace file given.</source>
        <translation type="vanished">Keine Arbeitsbereichsdatei angegeben.</translation>
    </message>
    <message>
        <location filename="../src/storage/Workspace.cpp" line="+324"/>
        <source>%1: not a file.</source>
        <translation>%1: keine Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a Headcount workspace (not an SQLite database).</source>
        <translation>%1: kein Headcount-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot create the folder %2.</source>
        <translation>%1: Der Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot create: %2</source>
        <translation>%1: kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: not a Headcount workspace, or a damaged one: %2</source>
        <translation>%1: kein Headcount-Arbeitsbereich oder ein beschädigter: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="+78"/>
        <source>The workspace has no infrastructure.</source>
        <translation>Der Arbeitsbereich hat keine Infrastruktur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace has several infrastructures (%1): name one with --infra.</source>
        <translation>Der Arbeitsbereich hat mehrere Infrastrukturen (%1): Nennen Sie eine mit --infra.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+3"/>
        <source>reading infrastructures</source>
        <translation>Lesen der Infrastrukturen</translation>
    </message>
    <message>
        <location filename="../src/storage/Workspace.cpp" line="-275"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file holds %1 bytes, the database says %2 pages of %3</source>
        <translation>die Datei enthält %1 Bytes, die Datenbank nennt %2 Seiten zu %3</translation>
    </message>
    <message>
        <source>The integrity check</source>
        <translation type="vanished">Die Integritätsprüfung</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+10"/>
        <location line="+14"/>
        <location line="+16"/>
        <source>checking the workspace</source>
        <translation>Prüfen des Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the key set of runtime %1 holds %2 keys, its records %3: re-import the runtime</source>
        <translation>die Schlüsselmenge der Laufzeitumgebung %1 enthält %2 Schlüssel, ihre Datensätze %3: importieren Sie die Laufzeitumgebung erneut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reaching the server</source>
        <translation>Erreichen des Servers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workspace is not open.</source>
        <translation>Der Arbeitsbereich ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>checking for changes</source>
        <translation>Suchen nach Änderungen</translation>
    </message>
    <message>
        <source>%1: shared PostgreSQL workspaces are not supported by this version of Headcount; give the path of a workspace file.</source>
        <translation type="vanished">%1: Gemeinsame PostgreSQL-Arbeitsbereiche werden von dieser Version von Headcount nicht unterstützt; geben Sie den Pfad einer Arbeitsbereichsdatei an.</translation>
    </message>
    <message>
        <source>%1: not a workspace file path (only files are supported).</source>
        <translation type="vanished">%1: kein Pfad einer Arbeitsbereichsdatei (nur Dateien werden unterstützt).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1: cannot make the file private to its owner.</source>
        <translation>%1: Die Datei kann nicht auf ihren Eigentümer beschränkt werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the database driver gives no SQLite handle.</source>
        <translation>%1: Der Datenbanktreiber liefert kein SQLite-Handle.</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="-15"/>
        <source>No infrastructure named &quot;%1&quot;.</source>
        <translation>Keine Infrastruktur namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/storage/CountsReader.cpp" line="+71"/>
        <location line="+2"/>
        <location line="+46"/>
        <location line="+12"/>
        <location line="+14"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>reading counts</source>
        <translation>Lesen der Zählungen</translation>
    </message>
    <message>
        <location line="-105"/>
        <location filename="../src/storage/InfrastructureStore.cpp" line="+16"/>
        <location line="+51"/>
        <location line="+85"/>
        <location filename="../src/storage/TenantStore.cpp" line="+100"/>
        <source>No infrastructure with id %1.</source>
        <translation>Keine Infrastruktur mit der ID %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading domains</source>
        <translation>Lesen der Domains</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="-125"/>
        <location line="+79"/>
        <source>An infrastructure needs a name.</source>
        <translation>Eine Infrastruktur braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+57"/>
        <source>&quot;%1&quot; is not a platform version (e.g. 11.20.1).</source>
        <translation>&quot;%1&quot; ist keine Plattformversion (z. B. 11.20.1).</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+80"/>
        <source>An infrastructure named &quot;%1&quot; already exists.</source>
        <translation>Eine Infrastruktur namens &quot;%1&quot; gibt es bereits.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>adding an infrastructure</source>
        <translation>Hinzufügen einer Infrastruktur</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A capacity cannot be negative.</source>
        <translation>Eine Kapazität kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>setting capacities</source>
        <translation>Festlegen der Kapazitäten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Infrastructure &quot;%1&quot; was renamed or removed meanwhile; nothing changed.</source>
        <translation>Die Infrastruktur „%1“ wurde inzwischen umbenannt oder entfernt; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../src/storage/CountsReader.cpp" line="+11"/>
        <location line="+5"/>
        <location filename="../src/storage/NeighbourSearch.cpp" line="+215"/>
        <location filename="../src/storage/RuntimeStore.cpp" line="+37"/>
        <location line="+15"/>
        <location filename="../src/storage/SqlSupport.cpp" line="+45"/>
        <location line="+3"/>
        <source>reading runtimes</source>
        <translation>Lesen der Laufzeitumgebungen</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="+13"/>
        <source>No runtime named &quot;%1&quot;.</source>
        <translation>Keine Laufzeitumgebung namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Runtime &quot;%1&quot; was renamed or removed meanwhile; nothing changed.</source>
        <translation>Die Laufzeitumgebung „%1“ wurde inzwischen umbenannt oder entfernt; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportService.cpp" line="+58"/>
        <location filename="../src/storage/RuntimeStore.cpp" line="-49"/>
        <location line="+19"/>
        <source>A runtime needs a name.</source>
        <translation>Eine Laufzeitumgebung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="-17"/>
        <source>A runtime named &quot;%1&quot; already exists.</source>
        <translation>Eine Laufzeitumgebung namens &quot;%1&quot; gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportService.cpp" line="+26"/>
        <location filename="../src/storage/RuntimeStore.cpp" line="+5"/>
        <source>adding a runtime</source>
        <translation>Hinzufügen einer Laufzeitumgebung</translation>
    </message>
    <message>
        <location filename="../src/storage/DomainStore.cpp" line="+40"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>reading owned domains</source>
        <translation>Lesen der eigenen Domains</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid domain (R1: at least two labels of a-z, 0-9 and -).</source>
        <translation>&quot;%1&quot; ist keine gültige Domain (R1: mindestens zwei Labels aus a-z, 0-9 und -).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>adding a domain</source>
        <translation>Hinzufügen einer Domain</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>removing a domain</source>
        <translation>Entfernen einer Domain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an owned domain of this infrastructure.</source>
        <translation>&quot;%1&quot; ist keine eigene Domain dieser Infrastruktur.</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionStore.cpp" line="+216"/>
        <source>A link joins two records of one tenant; records of different tenants are joined by a shared e-mail address (R6).</source>
        <translation>Eine Verknüpfung verbindet zwei Datensätze eines Mandanten; Datensätze verschiedener Mandanten werden über eine gemeinsame E-Mail-Adresse zusammengeführt (R6).</translation>
    </message>
    <message>
        <location filename="../src/storage/GroupStore.cpp" line="+45"/>
        <location filename="../src/storage/RuntimeStore.cpp" line="+43"/>
        <location filename="../src/storage/SqlSupport.cpp" line="+1"/>
        <source>No runtime with id %1.</source>
        <translation>Keine Laufzeitumgebung mit der ID %1.</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">Der Datenbanktreiber liefert kein SQLite-Handle.</translation>
    </message>
    <message>
        <source>Importing users</source>
        <translation type="vanished">Das Importieren von Benutzern</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportService.cpp" line="+9"/>
        <source>recording the import</source>
        <translation>Protokollieren des Imports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation>Import abgebrochen: Der Arbeitsbereich blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../src/storage/RecordMapper.cpp" line="+64"/>
        <location line="+6"/>
        <source>reading decisions</source>
        <translation>Lesen der Entscheidungen</translation>
    </message>
    <message>
        <location filename="../src/storage/RecountReader.cpp" line="+85"/>
        <location line="+12"/>
        <source>reading records</source>
        <translation>Lesen der Datensätze</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionStore.cpp" line="+54"/>
        <location filename="../src/storage/NeighbourSearch.cpp" line="-133"/>
        <location filename="../src/storage/RecountReader.cpp" line="+12"/>
        <location line="+11"/>
        <source>reading links</source>
        <translation>Lesen der Verknüpfungen</translation>
    </message>
    <message>
        <location filename="../src/storage/UserQueries.cpp" line="+68"/>
        <source>Listing users: value %1 of the query is of an unexpected type (%2).</source>
        <translation>Benutzer auflisten: Wert %1 der Abfrage hat einen unerwarteten Typ (%2).</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+82"/>
        <location line="+66"/>
        <source>listing users</source>
        <translation>Auflisten der Benutzer</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>counting users</source>
        <translation>Zählen der Benutzer</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation type="vanished">Das Auflisten von Benutzern</translation>
    </message>
    <message>
        <source>Database error while listing users: %1</source>
        <translation type="vanished">Datenbankfehler beim Auflisten der Benutzer: %1</translation>
    </message>
    <message>
        <location filename="../src/storage/NeighbourSearch.cpp" line="-18"/>
        <location line="+186"/>
        <source>matching records</source>
        <translation>Abgleichen der Datensätze</translation>
    </message>
    <message>
        <location line="-116"/>
        <location filename="../src/storage/UserQueries.cpp" line="-42"/>
        <location line="+10"/>
        <location line="+80"/>
        <location line="+53"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/storage/UserQueries.cpp" line="+54"/>
        <location line="+8"/>
        <source>finding a user</source>
        <translation>Suchen eines Benutzers</translation>
    </message>
    <message>
        <location filename="../src/storage/RecountReader.cpp" line="-32"/>
        <location filename="../src/storage/UserQueries.cpp" line="-4"/>
        <source>The query reads no column %1.</source>
        <translation>Die Abfrage liest keine Spalte %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRecords.cpp" line="+126"/>
        <location filename="../src/storage/UserQueries.cpp" line="+6"/>
        <source>No user &quot;%1&quot; in that runtime.</source>
        <translation>Kein Benutzer &quot;%1&quot; in dieser Laufzeitumgebung.</translation>
    </message>
    <message>
        <location filename="../src/storage/RecordExplainer.cpp" line="+79"/>
        <source>%1/%2 (tenant &quot;%3&quot;):</source>
        <translation>%1/%2 (Mandant &quot;%3&quot;):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>R12: not counted by the platform&apos;s console either.</source>
        <translation>R12: auch von der Konsole der Plattform nicht gezählt.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>R6: individual #%1, %n counted record(s): %2.</source>
        <translation>
            <numerusform>R6: Person #%1, %n gezählter Datensatz: %2.</numerusform>
            <numerusform>R6: Person #%1, %n gezählte Datensätze: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R7: at least one of its counted records is internal: the individual counts as internal.</source>
        <translation>R7: Mindestens einer ihrer gezählten Datensätze ist intern: Die Person zählt als intern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R7: none of its counted records is internal: the individual counts as external.</source>
        <translation>R7: Keiner ihrer gezählten Datensätze ist intern: Die Person zählt als extern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R9: the individual counts once against the named capacity.</source>
        <translation>R9: Die Person zählt einmal gegen die Kapazität namentlicher Benutzer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>R12: platform %1 (before 11.11.3) counts each counted record as one user: this record is one user of %2&apos;s console.</source>
        <translation>R12: Plattform %1 (vor 11.11.3) zählt jeden gezählten Datensatz als einen Benutzer: Dieser Datensatz ist ein Benutzer der Konsole von %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R12: tenant &quot;%1&quot; is a multi-tenant app&apos;s tenant: the platform counts this record as a user of its own in %2&apos;s console.</source>
        <translation>R12: Der Mandant &quot;%1&quot; ist der Mandant einer mandantenfähigen App: Die Plattform zählt diesen Datensatz als eigenen Benutzer in der Konsole von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R12: could not read the platform user: %1</source>
        <translation>R12: Der Plattformbenutzer konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R12: %1&apos;s console counts this record as one user.</source>
        <translation>R12: Die Konsole von %1 zählt diesen Datensatz als einen Benutzer.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n record(s): %2.</source>
        <translation>
            <numerusform>R12: Die Konsole von %1 führt ihn (gleiche E-Mail-Adresse oder gleicher Benutzername über die Standardmandanten) zu einem Benutzer mit %n Datensatz zusammen: %2.</numerusform>
            <numerusform>R12: Die Konsole von %1 führt ihn (gleiche E-Mail-Adresse oder gleicher Benutzername über die Standardmandanten) zu einem Benutzer mit %n Datensätzen zusammen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRecords.cpp" line="-67"/>
        <source>recording a decision</source>
        <translation>Speichern einer Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/storage/NeighbourSearch.cpp" line="+174"/>
        <location filename="../src/storage/RecordExplainer.cpp" line="-88"/>
        <location line="+43"/>
        <source>reading a record</source>
        <translation>Lesen eines Datensatzes</translation>
    </message>
    <message>
        <location filename="../src/storage/TenantStore.cpp" line="+85"/>
        <source>updating a record</source>
        <translation>Aktualisieren eines Datensatzes</translation>
    </message>
    <message>
        <source>Recording a decision</source>
        <translation type="vanished">Das Speichern einer Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionStore.cpp" line="-38"/>
        <source>linking records</source>
        <translation>Verknüpfen von Datensätzen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unlinking records</source>
        <translation>Lösen der Verknüpfung von Datensätzen</translation>
    </message>
    <message>
        <location filename="../src/storage/GroupStore.cpp" line="-8"/>
        <source>A group membership needs a group name and a username.</source>
        <translation>Eine Gruppenmitgliedschaft braucht einen Gruppennamen und einen Benutzernamen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>reading the runtime&apos;s users</source>
        <translation>Lesen der Benutzer der Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>replacing the groups</source>
        <translation>Ersetzen der Gruppen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>importing the groups</source>
        <translation>Importieren der Gruppen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <source>listing groups</source>
        <translation>Auflisten der Gruppen</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="+23"/>
        <source>removing a runtime</source>
        <translation>Entfernen einer Laufzeitumgebung</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="+4"/>
        <source>renaming an infrastructure</source>
        <translation>Umbenennen einer Infrastruktur</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>removing an infrastructure</source>
        <translation>Entfernen einer Infrastruktur</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="-39"/>
        <location line="+10"/>
        <source>A runtime named &quot;%1&quot; already exists in this infrastructure.</source>
        <translation>Eine Laufzeitumgebung namens &quot;%1&quot; gibt es in dieser Infrastruktur bereits.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>renaming a runtime</source>
        <translation>Umbenennen einer Laufzeitumgebung</translation>
    </message>
    <message>
        <location filename="../src/storage/TenantStore.cpp" line="-129"/>
        <location line="+12"/>
        <source>reading a tenant&apos;s records</source>
        <translation>Lesen der Datensätze eines Mandanten</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>reading tenant kinds</source>
        <translation>Lesen der Mandantenarten</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The workspace is damaged: unknown tenant kind %1.</source>
        <translation>Der Arbeitsbereich ist beschädigt: unbekannte Mandantenart %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="-58"/>
        <source>setting the platform version</source>
        <translation>Festlegen der Plattformversion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>setting the licence model</source>
        <translation>Festlegen des Lizenzmodells</translation>
    </message>
    <message>
        <location filename="../src/storage/TenantStore.cpp" line="+33"/>
        <location line="+10"/>
        <source>reading tenants</source>
        <translation>Lesen der Mandanten</translation>
    </message>
    <message>
        <source>Changing a tenant&apos;s kind</source>
        <translation type="vanished">Das Ändern der Art eines Mandanten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>setting a tenant kind</source>
        <translation>Festlegen einer Mandantenart</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeKeySet.cpp" line="+36"/>
        <source>the key set of runtime %1 has %2 bytes</source>
        <translation>die Schlüsselmenge der Laufzeitumgebung %1 hat %2 Bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key set of runtime %1 is not in order</source>
        <translation>die Schlüsselmenge der Laufzeitumgebung %1 ist nicht geordnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>storing the runtime&apos;s key set</source>
        <translation>Speichern der Schlüsselmenge der Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>removing the runtime&apos;s key set</source>
        <translation>Entfernen der Schlüsselmenge der Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the runtimes&apos; key sets</source>
        <translation>Lesen der Schlüsselmengen der Laufzeitumgebungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+32"/>
        <source>runtime %1 has records but no key set</source>
        <translation>die Laufzeitumgebung %1 hat Datensätze, aber keine Schlüsselmenge</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+28"/>
        <source>reading the runtime&apos;s key set</source>
        <translation>Lesen der Schlüsselmenge der Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>building the runtimes&apos; key sets</source>
        <translation>Aufbauen der Schlüsselmengen der Laufzeitumgebungen</translation>
    </message>
    <message>
        <location filename="../src/storage/WorkspacePostgres.cpp" line="+28"/>
        <source>%1: cannot connect: %2</source>
        <translation>%1: Verbindung nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the server did not accept the password.</source>
        <translation>%1: Der Server hat das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the password in ~/.pgpass or in the file PGPASSFILE names (one line HOST:PORT:DBNAME:USER:PASSWORD, readable by you only).</source>
        <translation>Geben Sie das Passwort in ~/.pgpass oder in der Datei an, die PGPASSFILE nennt (eine Zeile HOST:PORT:DBNAME:USER:PASSWORD, nur für Sie lesbar).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: this installation has no PostgreSQL driver for Qt (QPSQL; Debian&apos;s libqt6sql6-psql package).</source>
        <translation>%1: Diese Installation hat keinen PostgreSQL-Treiber für Qt (QPSQL; Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: cannot set up the connection: %2</source>
        <translation>%1: Die Verbindung kann nicht eingerichtet werden: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <location filename="../src/cli/WorkspaceCommands.cpp" line="+19"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named %1</source>
        <translation>namentlich %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal %1, external %2</source>
        <translation>intern %1, extern %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Workspace %1 is ready.</source>
        <translation>Arbeitsbereich %1 ist bereit.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created workspace %1.</source>
        <translation>Arbeitsbereich %1 angelegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Infrastructure %1 (%2): %3</source>
        <translation>Infrastruktur %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>unknown licence model &apos;%1&apos; (use internal-external or named)</source>
        <translation>unbekanntes Lizenzmodell &apos;%1&apos; (verwenden Sie internal-external oder named)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&apos;%1&apos; is not a platform version (e.g. 11.20.1)</source>
        <translation>&apos;%1&apos; ist keine Plattformversion (z. B. 11.20.1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added infrastructure %1 (%2).</source>
        <translation>Infrastruktur %1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give --platform VERSION and/or --model internal-external|named</source>
        <translation>geben Sie --platform VERSION und/oder --model internal-external|named an</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a platform version (e.g. 11.20.1, or unset)</source>
        <translation>&apos;%1&apos; ist keine Plattformversion (z. B. 11.20.1, oder unset)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Infrastructure %1: model %2, platform %3.</source>
        <translation>Infrastruktur %1: Modell %2, Plattform %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set (11.11.3 or later)</source>
        <translation>nicht festgelegt (11.11.3 oder neuer)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Infrastructure %1 is now %2.</source>
        <translation>Infrastruktur %1 heißt jetzt %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removing infrastructure &apos;%1&apos; deletes its runtimes and records: add --yes</source>
        <translation>das Entfernen der Infrastruktur &apos;%1&apos; löscht ihre Laufzeitumgebungen und Datensätze: fügen Sie --yes hinzu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed infrastructure %1.</source>
        <translation>Infrastruktur %1 entfernt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runtime %1 is now %2.</source>
        <translation>Laufzeitumgebung %1 heißt jetzt %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>removing runtime &apos;%1&apos; deletes its records: add --yes</source>
        <translation>das Entfernen der Laufzeitumgebung &apos;%1&apos; löscht ihre Datensätze: fügen Sie --yes hinzu</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Removed runtime %1 (%n record(s)) from %2.</source>
        <translation>
            <numerusform>Laufzeitumgebung %1 (%n Datensatz) aus %2 entfernt.</numerusform>
            <numerusform>Laufzeitumgebung %1 (%n Datensätze) aus %2 entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runtimes</source>
        <translation>Laufzeitumgebungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tenants yet: import a runtime first.</source>
        <translation>Noch keine Mandanten: Importieren Sie zuerst eine Laufzeitumgebung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--kind needs default, app or it, not &apos;%1&apos;</source>
        <translation>--kind braucht default, app oder it, nicht &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n tenant(s) of %1 set to kind %2.</source>
        <translation>
            <numerusform>%n Mandant von %1 auf die Art %2 gesetzt.</numerusform>
            <numerusform>%n Mandanten von %1 auf die Art %2 gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give either --internal/--external or --named, not both</source>
        <translation>geben Sie entweder --internal/--external oder --named an, nicht beides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --internal N and --external N, or --named N</source>
        <translation>geben Sie --internal N und --external N an, oder --named N</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 needs a whole number of users, not &apos;%2&apos;</source>
        <translation>--%1 braucht eine ganze Zahl von Benutzern, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>infrastructure &quot;%1&quot; uses the named model: set its capacity with --named, not --internal/--external</source>
        <translation>die Infrastruktur &quot;%1&quot; verwendet das Modell named: Legen Sie ihre Kapazität mit --named fest, nicht mit --internal/--external</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>infrastructure &quot;%1&quot; uses the internal-external model, not named: set --internal and --external</source>
        <translation>die Infrastruktur &quot;%1&quot; verwendet das Modell internal-external, nicht named: Legen Sie --internal und --external fest</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Capacity of %1: %2.</source>
        <translation>Kapazität von %1: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added runtime %1 to infrastructure %2.</source>
        <translation>Laufzeitumgebung %1 zur Infrastruktur %2 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Added %n owned domain(s) to %1; it now has %2.</source>
        <translation>
            <numerusform>%n eigene Domain zu %1 hinzugefügt; sie hat jetzt %2.</numerusform>
            <numerusform>%n eigene Domains zu %1 hinzugefügt; sie hat jetzt %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Removed %n owned domain(s) from %1; it now has %2.</source>
        <translation>
            <numerusform>%n eigene Domain aus %1 entfernt; sie hat jetzt %2.</numerusform>
            <numerusform>%n eigene Domains aus %1 entfernt; sie hat jetzt %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+139"/>
        <location line="+85"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Last import (UTC)</source>
        <translation>Letzter Import (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(dry run: nothing was changed)</source>
        <translation>(Probelauf: nichts wurde geändert)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--json goes with --dry-run</source>
        <translation>--json gehört zu --dry-run</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normalized</source>
        <translation>Normalisiert</translation>
    </message>
</context>
<context>
    <name>hc::ChangeNotifier</name>
    <message>
        <location filename="../src/storage/ChangeNotifier.cpp" line="+38"/>
        <source>Cannot listen for changes made by others: %1</source>
        <translation>Änderungen anderer können nicht überwacht werden: %1</translation>
    </message>
</context>
<context>
    <name>hc::ConnectWorkspaceDialog</name>
    <message>
        <location filename="../src/gui/ConnectWorkspaceDialog.cpp" line="+34"/>
        <source>Connect to Shared Workspace</source>
        <translation>Mit gemeinsamem Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server host</source>
        <translation>Server-Hostname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. db.example.com</source>
        <translation>z. B. db.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable (no TLS)</source>
        <translation>Deaktivieren (kein TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer (TLS when the server offers it)</source>
        <translation>Bevorzugen (TLS, wenn der Server es anbietet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require (TLS, certificate not checked)</source>
        <translation>Erfordern (TLS, Zertifikat nicht geprüft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify full (TLS, certificate and host name checked)</source>
        <translation>Vollständig prüfen (TLS, Zertifikat und Hostname geprüft)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace URL</source>
        <translation>Arbeitsbereichs-URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with the connection details</source>
        <translation>Problem mit den Verbindungsdaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password comes from ~/.pgpass (or the file PGPASSFILE names); without one there you are asked for it. It is never saved.</source>
        <translation>Das Passwort kommt aus ~/.pgpass (oder der Datei, die PGPASSFILE nennt); steht dort keines, werden Sie danach gefragt. Es wird nie gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Servers an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give your user name on the server.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem Server an.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
</context>
<context>
    <name>hc::CsvReader</name>
    <message>
        <location filename="../src/import/CsvReader.cpp" line="+27"/>
        <source>the first line &apos;sep=&quot;&apos; names the quote as the delimiter, which cannot be one</source>
        <translation>die erste Zeile &apos;sep=&quot;&apos; nennt das Anführungszeichen als Trennzeichen, was es nicht sein kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first line &apos;sep=&apos; names no delimiter (Excel writes e.g. &apos;sep=;&apos;)</source>
        <translation>die erste Zeile &apos;sep=&apos; nennt kein Trennzeichen (Excel schreibt z. B. &apos;sep=;&apos;)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>unterminated quoted field: the quote opened here is never closed</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen: Das hier geöffnete Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>hc::DashboardWidget</name>
    <message>
        <location filename="../src/gui/DashboardWidget.cpp" line="+121"/>
        <source>Opens or creates a workspace to show its counts</source>
        <translation>Öffnet oder erstellt einen Arbeitsbereich, um seine Zählungen zu zeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Internal users</source>
        <translation>Interne Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique internal individuals against the internal capacity.</source>
        <translation>Eindeutige interne Personen gegenüber der internen Kapazität.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External users</source>
        <translation>Externe Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique external individuals against the external capacity.</source>
        <translation>Eindeutige externe Personen gegenüber der externen Kapazität.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named users</source>
        <translation>Namentliche Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique individuals against the named-user capacity.</source>
        <translation>Eindeutige Personen gegenüber der Kapazität namentlicher Benutzer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trend and forecast</source>
        <translation>Trend und Prognose</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Counted records per runtime</source>
        <translation>Gezählte Datensätze je Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Each runtime&apos;s records, and what its own console shows: a person with accounts in two runtimes is counted once in the unique totals.</source>
        <translation>Die Datensätze jeder Laufzeitumgebung und was ihre eigene Konsole zeigt: Eine Person mit Konten in zwei Laufzeitumgebungen wird in den eindeutigen Summen einmal gezählt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unique individuals</source>
        <translation>Eindeutige Personen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unique internal individuals</source>
        <translation>Eindeutige interne Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique external individuals</source>
        <translation>Eindeutige externe Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique individuals in total</source>
        <translation>Eindeutige Personen insgesamt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not counted</source>
        <translation>Nicht gezählt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IT users</source>
        <translation>IT-Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Developers and administrators who do not use the apps.</source>
        <translation>Entwickler und Administratoren, die die Apps nicht verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated in the platform or in Headcount.</source>
        <translation>In der Plattform oder in Headcount deaktiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never logged in and share no personal data.</source>
        <translation>Nie angemeldet und teilen keine persönlichen Daten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total records not counted</source>
        <translation>Nicht gezählte Datensätze insgesamt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All records excluded above.</source>
        <translation>Alle oben ausgeschlossenen Datensätze.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records not counted: %1</source>
        <translation>Nicht gezählte Datensätze: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This workspace has no infrastructure yet.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Infrastruktur.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Licence model: named users</source>
        <translation>Lizenzmodell: namentliche Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence model: internal and external users</source>
        <translation>Lizenzmodell: interne und externe Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>platform 11.11.3 or later</source>
        <translation>Plattform 11.11.3 oder neuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform %1</source>
        <translation>Plattform %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sum of the runtimes&apos; consoles: %1</source>
        <translation>Summe der Konsolen der Laufzeitumgebungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the runtimes&apos; consoles: %1 internal · %2 external (%3)</source>
        <translation>Summe der Konsolen der Laufzeitumgebungen: %1 intern · %2 extern (%3)</translation>
    </message>
</context>
<context>
    <name>hc::DomainsModel</name>
    <message>
        <location filename="../src/gui/DomainsModel.cpp" line="+65"/>
        <source>Typed as %1</source>
        <translation>Eingegeben als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared as %1 (R1)</source>
        <translation>Verglichen als %1 (R1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
</context>
<context>
    <name>hc::DomainsView</name>
    <message>
        <location filename="../src/gui/DomainsView.cpp" line="+113"/>
        <source>Owned domains</source>
        <translation>Eigene Domains</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move Selected</source>
        <translation>Ausgewählte en&amp;tfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected owned domains</source>
        <translation>Die ausgewählten eigenen Domains entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Largest external domains (counted records)</source>
        <translation>&amp;Größte externe Domains (gezählte Datensätze)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest external domains</source>
        <translation>Größte externe Domains</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a domain to make it owned</source>
        <translation>Doppelklicken Sie auf eine Domain, um sie zur eigenen zu machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add as Owned</source>
        <translation>Als eigene hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selected external domains as owned domains</source>
        <translation>Die ausgewählten externen Domains als eigene Domains hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type or &amp;paste domains to add (one per line, or separated by commas or semicolons):</source>
        <translation>Hinzuzufügende Domains eingeben oder ein&amp;fügen (eine pro Zeile oder durch Kommas oder Semikolons getrennt):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domains to add</source>
        <translation>Hinzuzufügende Domains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>example.com, sales.example.com</source>
        <translation>example.com, vertrieb.example.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+175"/>
        <source>Add T&amp;yped Domains</source>
        <translation>Eingegebene Do&amp;mains hinzufügen</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Add the typed domains</source>
        <translation>Die eingegebenen Domains hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Owned domains of %1 (records with that domain)</source>
        <translation>&amp;Eigene Domains von %1 (Datensätze mit dieser Domain)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No domain is owned yet, so every record is internal (R4).</source>
        <translation>Noch keine Domain ist eigen, daher ist jeder Datensatz intern (R4).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n external domain(s) in all</source>
        <translation>
            <numerusform>%n externe Domain insgesamt</numerusform>
            <numerusform>%n externe Domains insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counted external records</source>
        <translation>%1 gezählte externe Datensätze</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What if: working it out…</source>
        <translation>Was-wäre-wenn: wird berechnet…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What if: could not be worked out: %1</source>
        <translation>Was-wäre-wenn: konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What if: %1</source>
        <translation>Was-wäre-wenn: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Refused “%1”: %2.</source>
        <translation>„%1“ abgelehnt: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more refused.</source>
        <translation>
            <numerusform>%n weitere abgelehnt.</numerusform>
            <numerusform>%n weitere abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owned already: %1.</source>
        <translation>Bereits eigen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given twice: %1.</source>
        <translation>Doppelt angegeben: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Add T&amp;yped Domains (%n)</source>
        <translation>
            <numerusform>Eingegebene Do&amp;mains hinzufügen (%n)</numerusform>
            <numerusform>Eingegebene Do&amp;mains hinzufügen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <location line="+15"/>
        <source>Add %n domain(s)</source>
        <translation>
            <numerusform>%n Domain hinzufügen</numerusform>
            <numerusform>%n Domains hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Remove %n domain(s)</source>
        <translation>
            <numerusform>%n Domain entfernen</numerusform>
            <numerusform>%n Domains entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ExplainDialog</name>
    <message>
        <location filename="../src/gui/ExplainDialog.cpp" line="+19"/>
        <source>Explain %1</source>
        <translation>%1 erklären</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why &lt;b&gt;%1&lt;/b&gt; counts the way it does, rule by rule:</source>
        <translation>Warum &lt;b&gt;%1&lt;/b&gt; so gezählt wird, Regel für Regel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules applied</source>
        <translation>Angewandte Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why %1 counts the way it does, one rule a line</source>
        <translation>Warum %1 so gezählt wird, eine Regel pro Zeile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the explanation</source>
        <translation>Die Erklärung kopieren</translation>
    </message>
</context>
<context>
    <name>hc::ExportReader</name>
    <message>
        <location filename="../src/import/ExportReader.cpp" line="+84"/>
        <source>the value holds a NUL byte: the file may be damaged</source>
        <translation>der Wert enthält ein NUL-Byte: Die Datei ist möglicherweise beschädigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+437"/>
        <location line="+183"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-484"/>
        <source>expected a string, number, boolean or null, not an array</source>
        <translation>erwartet wurde eine Zeichenkette, Zahl, ein Wahrheitswert oder null, kein Array</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a string, number, boolean or null, not an object</source>
        <translation>erwartet wurde eine Zeichenkette, Zahl, ein Wahrheitswert oder null, kein Objekt</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 is already the Id of the record at line %2</source>
        <translation>%1 ist bereits die Id des Datensatzes in Zeile %2</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>the file looks cut off: its last line ends without a line break after %1 of the %2 fields</source>
        <translation>die Datei scheint abgeschnitten: Ihre letzte Zeile endet ohne Zeilenumbruch nach %1 der %2 Felder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this row has %1 fields but the header has %2: the missing ones are read as empty</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile aber %2: Die fehlenden werden als leer gelesen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the delimiter must be one ASCII character</source>
        <translation>das Trennzeichen muss ein einzelnes ASCII-Zeichen sein</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this row has %1 fields but the header has %2</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>the keys %1 (line %2, column %3) and %4 both give the field %5</source>
        <translation>die Schlüssel %1 (Zeile %2, Spalte %3) und %4 liefern beide das Feld %5</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the key %1 is given twice in this record (first at line %2, column %3)</source>
        <translation>der Schlüssel %1 kommt in diesem Datensatz zweimal vor (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this record is not an object</source>
        <translation>dieser Datensatz ist kein Objekt</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>hc::FieldMapping</name>
    <message>
        <location filename="../src/import/FieldMapping.cpp" line="+104"/>
        <source>&apos;%1&apos; (chosen for column &apos;%2&apos;) is not a known field; known fields: %3</source>
        <translation>&apos;%1&apos; (gewählt für die Spalte &apos;%2&apos;) ist kein bekanntes Feld; bekannte Felder: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; both give the field %3</source>
        <translation>die Spalten &apos;%1&apos; und &apos;%2&apos; liefern beide das Feld %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>expected columns such as Username, Email, Id, Name, Is_Active</source>
        <translation>erwartet wurden Spalten wie Username, Email, Id, Name, Is_Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a user export: the records have no fields (%1)</source>
        <translation>kein Benutzerexport: Die Datensätze haben keine Felder (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a user export: the header row names no columns (%1)</source>
        <translation>kein Benutzerexport: Die Kopfzeile nennt keine Spalten (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a user export: none of the columns %1 is known (%2)</source>
        <translation>kein Benutzerexport: Keine der Spalten %1 ist bekannt (%2)</translation>
    </message>
</context>
<context>
    <name>hc::GaugeWidget</name>
    <message>
        <location filename="../src/gui/GaugeWidget.cpp" line="+131"/>
        <source>No capacity set</source>
        <translation>Keine Kapazität festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over capacity by %1 (%2 %)</source>
        <translation>Kapazität um %1 überschritten (%2 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over capacity by %1</source>
        <translation>Kapazität um %1 überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near capacity: %1 % used</source>
        <translation>Kapazität fast erreicht: %1 % belegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within capacity: %1 % used</source>
        <translation>Innerhalb der Kapazität: %1 % belegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+43"/>
        <source>Capacity gauge</source>
        <translation>Kapazitätsanzeige</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: %2, no capacity set</source>
        <translation>%1: %2, keine Kapazität festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1: %2 von %3 (%4 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1 of %2 licensed</source>
        <translation type="vanished">%1 von %2 lizenziert</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation type="vanished">%1 belegt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>of %1 licensed</source>
        <translation>von %1 lizenziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no capacity set</source>
        <translation>keine Kapazität festgelegt</translation>
    </message>
</context>
<context>
    <name>hc::GroupReader</name>
    <message>
        <location filename="../src/import/GroupReader.cpp" line="+40"/>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; both give the %3</source>
        <translation>die Spalten &apos;%1&apos; und &apos;%2&apos; liefern beide den %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group</source>
        <translation>Gruppennamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>username</source>
        <translation>Benutzernamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not a group membership export: it needs a group column (Group, GroupName or Role) and a username column (Username, UserName or Login); its columns: %1</source>
        <translation>kein Export von Gruppenmitgliedschaften: Er braucht eine Gruppenspalte (Group, GroupName oder Role) und eine Benutzernamenspalte (Username, UserName oder Login); seine Spalten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the value holds a NUL byte: the file may be damaged</source>
        <translation>der Wert enthält ein NUL-Byte: Die Datei ist möglicherweise beschädigt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the group name is empty</source>
        <translation>der Gruppenname ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the username is empty</source>
        <translation>der Benutzername ist leer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a string or a number, not an %1</source>
        <translation>erwartet wurde eine Zeichenkette oder eine Zahl, nicht %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the delimiter must be one ASCII character</source>
        <translation>das Trennzeichen muss ein einzelnes ASCII-Zeichen sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>this row has %1 fields but the header has %2</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>this record is not an object</source>
        <translation>dieser Datensatz ist kein Objekt</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizard</name>
    <message>
        <location filename="../src/gui/ImportWizard.cpp" line="+24"/>
        <source>Import a User Export</source>
        <translation>Einen Benutzerexport importieren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardFilePage</name>
    <message>
        <location filename="../src/gui/ImportWizardFilePage.cpp" line="+30"/>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent files:</source>
        <translation>Zuletzt &amp;verwendete Dateien:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File and runtime</source>
        <translation>Datei und Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a runtime&apos;s user export (CSV or JSON) and the runtime it describes.</source>
        <translation>Wählen Sie den Benutzerexport einer Laufzeitumgebung (CSV oder JSON) und die Laufzeitumgebung, die er beschreibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of a CSV or JSON export</source>
        <translation>Pfad eines CSV- oder JSON-Exports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the runtime&apos;s user export to import, CSV or JSON</source>
        <translation>Pfad des zu importierenden Benutzerexports der Laufzeitumgebung, CSV oder JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the export file</source>
        <translation>Die Exportdatei wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent import files</source>
        <translation>Zuletzt importierte Dateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target runtime</source>
        <translation>Ziel-Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runtime the export describes; a new name adds a runtime</source>
        <translation>Die Laufzeitumgebung, die der Export beschreibt; ein neuer Name fügt eine Laufzeitumgebung hinzu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Infrastructure:</source>
        <translation>Infrastruktur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;untime:</source>
        <translation>&amp;Laufzeitumgebung:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (no longer there)</source>
        <translation>%1 (nicht mehr vorhanden)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import a User Export</source>
        <translation>Einen Benutzerexport importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User exports (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Benutzerexporte (*.csv *.tsv *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose a runtime, or type the name of a new one.</source>
        <translation>Wählen Sie eine Laufzeitumgebung oder geben Sie den Namen einer neuen ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Existing runtime: %Ln record(s), last import %1. The import replaces or merges them in one transaction.</source>
        <translation>
            <numerusform>Vorhandene Laufzeitumgebung: %Ln Datensatz, letzter Import %1. Der Import ersetzt oder ergänzt ihn in einer Transaktion.</numerusform>
            <numerusform>Vorhandene Laufzeitumgebung: %Ln Datensätze, letzter Import %1. Der Import ersetzt oder ergänzt sie in einer Transaktion.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New runtime: &quot;%1&quot; is created in %2 when the import runs.</source>
        <translation>Neue Laufzeitumgebung: &quot;%1&quot; wird beim Import in %2 angelegt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardMappingPage</name>
    <message>
        <location filename="../src/gui/ImportWizardMappingPage.cpp" line="+25"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Format and column mapping</source>
        <translation>Format und Spaltenzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what was detected and which field each column gives. Password columns are never imported; columns left as &quot;Ignored&quot; are not read.</source>
        <translation>Prüfen Sie, was erkannt wurde und welches Feld jede Spalte liefert. Passwortspalten werden nie importiert; als &quot;Ignoriert&quot; belassene Spalten werden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Zeichenkodierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header:</source>
        <translation>Kopfzeile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>line %1, %Ln column(s)</source>
        <translation>
            <numerusform>Zeile %1, %Ln Spalte</numerusform>
            <numerusform>Zeile %1, %Ln Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (after Excel&apos;s &quot;sep=&quot; line)</source>
        <translation> (nach Excels &quot;sep=&quot;-Zeile)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln key(s) in the records</source>
        <translation>
            <numerusform>%Ln Schlüssel in den Datensätzen</numerusform>
            <numerusform>%Ln Schlüssel in den Datensätzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 (estimated from the first rows)</source>
        <translation>etwa %1 (geschätzt aus den ersten Zeilen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never imported</source>
        <translation>Nie importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password hashes are never stored or shown.</source>
        <translation>Passwort-Hashes werden nie gespeichert oder angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot read the file with this delimiter: %1</source>
        <translation>Die Datei kann mit diesem Trennzeichen nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>With this mapping the file cannot be imported: %1</source>
        <translation>Mit dieser Zuordnung kann die Datei nicht importiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The %Ln previewed row(s) read cleanly with this mapping.</source>
        <translation>
            <numerusform>Die %Ln Vorschauzeile lässt sich mit dieser Zuordnung fehlerfrei lesen.</numerusform>
            <numerusform>Die %Ln Vorschauzeilen lassen sich mit dieser Zuordnung fehlerfrei lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of the %Ln previewed row(s) have a problem with this mapping (tinted; hover for the reason). The validation step lists every problem in the file.</source>
        <translation>
            <numerusform>%1 der %Ln Vorschauzeile hat mit dieser Zuordnung ein Problem (eingefärbt; zeigen Sie darauf für den Grund). Der Prüfschritt listet jedes Problem der Datei auf.</numerusform>
            <numerusform>%1 der %Ln Vorschauzeilen haben mit dieser Zuordnung ein Problem (eingefärbt; zeigen Sie darauf für den Grund). Der Prüfschritt listet jedes Problem der Datei auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignored columns: %1.</source>
        <translation>Ignorierte Spalten: %1.</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardPreview</name>
    <message>
        <location filename="../src/gui/ImportWizardPreview.cpp" line="+92"/>
        <source>a ZIP archive (an Excel .xlsx workbook is one)</source>
        <translation>ein ZIP-Archiv (eine Excel-Arbeitsmappe .xlsx ist eines)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Office document (.xls)</source>
        <translation>ein altes Office-Dokument (.xls)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a gzip-compressed file</source>
        <translation>eine gzip-komprimierte Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a binary file</source>
        <translation>eine Binärdatei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 is not a user export but %2. Export the runtime&apos;s user table as CSV or JSON and import that file.</source>
        <translation>%1 ist kein Benutzerexport, sondern %2. Exportieren Sie die Benutzertabelle der Laufzeitumgebung als CSV oder JSON und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The delimiter must be one ASCII character.</source>
        <translation>Das Trennzeichen muss ein einzelnes ASCII-Zeichen sein.</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardProgressPage</name>
    <message>
        <location filename="../src/gui/ImportWizardProgressPage.cpp" line="+25"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stopped before importing.</source>
        <translation>Vor dem Import angehalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was imported: %1 has %Ln row(s) that cannot be read. The workspace is unchanged. Correct the file, or import it again and choose to skip bad rows.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %1 hat %Ln Zeile, die nicht gelesen werden kann. Der Arbeitsbereich ist unverändert. Korrigieren Sie die Datei oder importieren Sie sie erneut und wählen Sie, fehlerhafte Zeilen zu überspringen.</numerusform>
            <numerusform>Nichts wurde importiert: %1 hat %Ln Zeilen, die nicht gelesen werden können. Der Arbeitsbereich ist unverändert. Korrigieren Sie die Datei oder importieren Sie sie erneut und wählen Sie, fehlerhafte Zeilen zu überspringen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2 records</source>
        <translation>%1 von %2 Datensätzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1: %2</source>
        <translation>Lesen von %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing to the workspace: %1</source>
        <translation>Schreiben in den Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 records/s · about %2 left</source>
        <translation>%1 Datensätze/s · noch etwa %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln Sekunde</numerusform>
            <numerusform>%Ln Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling… the workspace is being left as it was.</source>
        <translation>Wird abgebrochen… Der Arbeitsbereich bleibt, wie er war.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 records into %2.</source>
        <translation>%1 Datensätze in %2 importiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove most of the runtime?</source>
        <translation>Den größten Teil der Laufzeitumgebung entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Import it anyway?</source>
        <translation>%1

Trotzdem importieren?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import cancelled. The workspace is unchanged.</source>
        <translation>Import abgebrochen. Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import failed. The workspace is unchanged.
%1</source>
        <translation>Der Import ist fehlgeschlagen. Der Arbeitsbereich ist unverändert.
%1</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardSummaryPage</name>
    <message>
        <location filename="../src/gui/ImportWizardSummaryPage.cpp" line="+40"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counts before and after the import</source>
        <translation>Zählungen vor und nach dem Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New records:</source>
        <translation>Neue Datensätze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed records:</source>
        <translation>Geänderte Datensätze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed records:</source>
        <translation>Entfernte Datensätze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged records:</source>
        <translation>Unveränderte Datensätze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped rows:</source>
        <translation>Übersprungene Zeilen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts of %1, before → after:</source>
        <translation>Zählungen von %1, vorher → nachher:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was imported into runtime %2 of %3 (%4).</source>
        <translation>%1 wurde in die Laufzeitumgebung %2 von %3 importiert (%4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge</source>
        <translation>zusammenführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer in the export: %1.</source>
        <translation>Nicht mehr im Export: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated in Headcount but still active on the platform (deactivate them there): %1.</source>
        <translation>In Headcount deaktiviert, aber auf der Plattform noch aktiv (deaktivieren Sie sie dort): %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unique individuals</source>
        <translation>Eindeutige Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique internal</source>
        <translation>Eindeutig intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique external</source>
        <translation>Eindeutig extern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique total</source>
        <translation>Eindeutig gesamt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: counted records</source>
        <translation>%1: gezählte Datensätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: internal records</source>
        <translation>%1: interne Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: external records</source>
        <translation>%1: externe Datensätze</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardValidationPage</name>
    <message>
        <location filename="../src/gui/ImportWizardValidationPage.cpp" line="+39"/>
        <source>Rows with problems</source>
        <translation>Zeilen mit Problemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top (import nothing)</source>
        <translation>S&amp;topp (nichts importieren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import mode</source>
        <translation>Importmodus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole file is read once, without touching the workspace, to find every row that cannot be imported.</source>
        <translation>Die ganze Datei wird einmal gelesen, ohne den Arbeitsbereich anzutasten, um jede Zeile zu finden, die nicht importiert werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+177"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skip the rows with problems</source>
        <translation>Die Zeilen mit Problemen überspringen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Replace: the export is a snapshot of the runtime; records it no longer lists are removed</source>
        <translation>&amp;Ersetzen: Der Export ist ein Abbild der Laufzeitumgebung; Datensätze, die er nicht mehr enthält, werden entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge: add and update records by Id (else Username); keep the others</source>
        <translation>Zusa&amp;mmenführen: Datensätze nach Id (sonst Username) hinzufügen und aktualisieren; die übrigen behalten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The runtime is new: every record is added.</source>
        <translation>Die Laufzeitumgebung ist neu: Jeder Datensatz wird hinzugefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading %1: %2 records so far…</source>
        <translation>%1 wird gelesen: bisher %2 Datensätze…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has a problem that no choice can skip: correct it and try again.</source>
        <translation>Die Datei hat ein Problem, das keine Auswahl überspringen kann: Korrigieren Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Read as JSON, %1.</source>
        <translation>Als JSON gelesen, %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as CSV, %1, delimiter %2.</source>
        <translation>Als CSV gelesen, %1, Trennzeichen %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Password column is dropped, never stored.</source>
        <translation>Die Spalte Password wird verworfen, nie gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored columns: %1.</source>
        <translation>Ignorierte Spalten: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems: all %1 records can be imported.</source>
        <translation>Keine Probleme: Alle %1 Datensätze können importiert werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 records can be imported; %Ln row(s) cannot:</source>
        <translation>
            <numerusform>%1 Datensätze können importiert werden; %Ln Zeile nicht:</numerusform>
            <numerusform>%1 Datensätze können importiert werden; %Ln Zeilen nicht:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the first %1 are listed)</source>
        <translation>(die ersten %1 sind aufgeführt)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>S&amp;kip bad rows (import the %1 good records; the %Ln bad row(s) are left out)</source>
        <translation>
            <numerusform>Fehlerhafte Zeilen ü&amp;berspringen (die %1 guten Datensätze importieren; die %Ln fehlerhafte Zeile bleibt außen vor)</numerusform>
            <numerusform>Fehlerhafte Zeilen ü&amp;berspringen (die %1 guten Datensätze importieren; die %Ln fehlerhaften Zeilen bleiben außen vor)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has no record to import.</source>
        <translation>Die Datei enthält keinen Datensatz zum Importieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no record to import: importing it in Replace mode removes every record of %1.</source>
        <translation>Die Datei enthält keinen Datensatz zum Importieren: Ein Import im Modus Ersetzen entfernt jeden Datensatz von %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Stop</source>
        <translation>S&amp;topp</translation>
    </message>
</context>
<context>
    <name>hc::ImportWorker</name>
    <message>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation type="vanished">Import abgebrochen: Der Arbeitsbereich blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>hc::InfrastructureComboBox</name>
    <message>
        <location filename="../src/gui/InfrastructureComboBox.cpp" line="+12"/>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licensing scope shown: its capacities, owned domains and runtimes</source>
        <translation>Der angezeigte Lizenzbereich: seine Kapazitäten, eigenen Domains und Laufzeitumgebungen</translation>
    </message>
</context>
<context>
    <name>hc::InfrastructureDialog</name>
    <message>
        <location filename="../src/gui/InfrastructureDialog.cpp" line="+35"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>Infrastructures</source>
        <translation>Infrastrukturen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Infrastructures:</source>
        <translation>&amp;Infrastrukturen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New infrastructure</source>
        <translation>Neue Infrastruktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected infrastructure</source>
        <translation>Die ausgewählte Infrastruktur entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence model</source>
        <translation>Lizenzmodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal and external users</source>
        <translation>Interne und externe Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named users (before 11.7.0)</source>
        <translation>Namentliche Benutzer (vor 11.7.0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform version</source>
        <translation>Plattformversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (11.11.3 or later)</source>
        <translation>nicht festgelegt (11.11.3 oder neuer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal capacity</source>
        <translation>Interne Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External capacity</source>
        <translation>Externe Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named-user capacity</source>
        <translation>Kapazität namentlicher Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ame:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence model:</source>
        <translation>&amp;Lizenzmodell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform version:</source>
        <translation>&amp;Plattformversion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In&amp;ternal capacity:</source>
        <translation>In&amp;terne Kapazität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xternal capacity:</source>
        <translation>E&amp;xterne Kapazität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;med capacity:</source>
        <translation>Namentliche Kapa&amp;zität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Save the infrastructure</source>
        <translation>Die Infrastruktur speichern</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the infrastructure a name.</source>
        <translation>Geben Sie der Infrastruktur einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a platform version: digits separated by dots, e.g. 11.20.1 (empty: not set).</source>
        <translation>„%1“ ist keine Plattformversion: durch Punkte getrennte Ziffern, z. B. 11.20.1 (leer: nicht festgelegt).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Platforms before 11.7.0 license named users: choose that licence model.</source>
        <translation>Plattformen vor 11.7.0 lizenzieren namentliche Benutzer: Wählen Sie dieses Lizenzmodell.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Change infrastructure %1</source>
        <translation>Infrastruktur %1 ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Remove infrastructure %1? Its %n runtime(s), %2 records, owned domains and decisions are deleted, and this cannot be undone.</source>
        <translation>
            <numerusform>Infrastruktur %1 entfernen? Ihre %n Laufzeitumgebung, %2 Datensätze, eigenen Domains und Entscheidungen werden gelöscht; dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Infrastruktur %1 entfernen? Ihre %n Laufzeitumgebungen, %2 Datensätze, eigenen Domains und Entscheidungen werden gelöscht; dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Infrastructure</source>
        <translation>Infrastruktur entfernen</translation>
    </message>
</context>
<context>
    <name>hc::JsonReader</name>
    <message>
        <location filename="../src/import/JsonReader.cpp" line="+65"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an array of user records, or an object holding one such array</source>
        <translation>erwartet wurde ein Array von Benutzerdatensätzen oder ein Objekt, das ein solches Array enthält</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the JSON object holds no array: %1</source>
        <translation>das JSON-Objekt enthält kein Array: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the JSON object holds several arrays (%1): %2</source>
        <translation>das JSON-Objekt enthält mehrere Arrays (%1): %2</translation>
    </message>
</context>
<context>
    <name>hc::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="+85"/>
        <source>&amp;Dashboard</source>
        <translation>Über&amp;sicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>Be&amp;nutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;claim</source>
        <translation>&amp;Rückgewinnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Dashboard (Alt+D) and Users (Alt+U)</source>
        <translation type="vanished">Übersicht (Alt+S) und Benutzer (Alt+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard (Alt+D), Users (Alt+U) and Reclaim (Alt+C)</source>
        <translation>Übersicht (Alt+S), Benutzer (Alt+N) und Rückgewinnung (Alt+R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The infrastructure whose counts every view shows (Alt+I)</source>
        <translation>Die Infrastruktur, deren Zählungen jede Ansicht zeigt (Alt+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Infrastructure:</source>
        <translation>&amp;Infrastruktur:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Another program changed the workspace; the figures are current.</source>
        <translation>Ein anderes Programm hat den Arbeitsbereich geändert; die Zahlen sind aktuell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the shared workspace was lost and is restored; the figures are current. Undo starts afresh.</source>
        <translation>Die Verbindung zum gemeinsamen Arbeitsbereich war unterbrochen und ist wiederhergestellt; die Zahlen sind aktuell. Der Rückgängig-Verlauf beginnt neu.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Connect to Shared Workspace…</source>
        <translation>Mit &amp;gemeinsamem Arbeitsbereich verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a workspace that several administrators share on a PostgreSQL server</source>
        <translation>Öffnet einen Arbeitsbereich, den mehrere Administratoren auf einem PostgreSQL-Server gemeinsam nutzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language, theme, default inactivity days and workspace folder</source>
        <translation>Sprache, Design, Standard-Inaktivitätstage und Arbeitsbereichsordner</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Domai&amp;ns</source>
        <translation>D&amp;omains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Runtimes</source>
        <translation>&amp;Laufzeitumgebungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I&amp;nfrastructures…</source>
        <translation>&amp;Infrastrukturen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename or remove infrastructures; set licence model, platform version and capacities</source>
        <translation>Infrastrukturen hinzufügen, umbenennen oder entfernen; Lizenzmodell, Plattformversion und Kapazitäten festlegen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a workspace before managing its infrastructures.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, bevor Sie seine Infrastrukturen verwalten.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applying a change</source>
        <translation>Eine Änderung wird angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying… %p%</source>
        <translation>Wird angewendet… %p%</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not open the workspace. %1</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden. %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headcount workspaces (*.db *.sqlite *.headcount);;All files (*)</source>
        <translation>Headcount-Arbeitsbereiche (*.db *.sqlite *.headcount);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not read the counts: %1</source>
        <translation>Die Zählungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts are current.</source>
        <translation>Die Zählungen sind aktuell.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Headcount</source>
        <translation>Über Headcount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Headcount %1&lt;/h3&gt;&lt;p&gt;Keeps a low-code platform&apos;s end-user licence in compliance: unique internal and external users per capacity, who they are and why each one counts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Headcount %1&lt;/h3&gt;&lt;p&gt;Hält die Endbenutzerlizenz einer Low-Code-Plattform konform: eindeutige interne und externe Benutzer je Kapazität, wer sie sind und warum jeder einzelne zählt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – Headcount</source>
        <translation>%1 – Headcount</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a workspace before importing an export.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, bevor Sie einen Export importieren.</translation>
    </message>
</context>
<context>
    <name>hc::MessageText</name>
    <message numerus="yes">
        <location filename="../src/import/MessageText.cpp" line="+87"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::MessageWidget</name>
    <message>
        <location filename="../src/gui/MessageWidget.cpp" line="+65"/>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>hc::PasswordPrompt</name>
    <message>
        <location filename="../src/gui/PasswordPrompt.cpp" line="+33"/>
        <source>The server of %1 asks for a password.</source>
        <translation>Der Server von %1 verlangt ein Passwort.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used for this connection only; never saved.</source>
        <translation>Nur für diese Verbindung verwendet; nie gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>hc::ReadSnapshot</name>
    <message>
        <location filename="../src/storage/ReportQueries.cpp" line="+173"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>starting to read</source>
        <translation>Beginnen des Lesens</translation>
    </message>
</context>
<context>
    <name>hc::RecentWorkspacesMenu</name>
    <message>
        <location filename="../src/gui/RecentWorkspacesMenu.cpp" line="+12"/>
        <source>Recent &amp;Workspaces</source>
        <translation>&amp;Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>hc::ReclaimView</name>
    <message>
        <location filename="../src/gui/ReclaimView.cpp" line="+74"/>
        <source>Not &amp;logged in for</source>
        <translation>Nicht an&amp;gemeldet seit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days without a login</source>
        <translation>Tage ohne Anmeldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in runti&amp;me</source>
        <translation>in Laufzeit&amp;umgebung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only members of an imported group</source>
        <translation>Nur Mitglieder einer importierten Gruppe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deac&amp;tivate Candidates…</source>
        <translation>Kandidaten deak&amp;tivieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate the candidates</source>
        <translation>Die Kandidaten deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate every candidate here (undoable) and write, per runtime, the list to deactivate on the platform</source>
        <translation>Alle Kandidaten hier deaktivieren (rückgängig zu machen) und je Laufzeitumgebung die Liste schreiben, die auf der Plattform zu deaktivieren ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Counts after deactivating the candidates</source>
        <translation>Zahlen nach dem Deaktivieren der Kandidaten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Internal users after</source>
        <translation>Interne Benutzer danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External users after</source>
        <translation>Externe Benutzer danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named users after</source>
        <translation>Namentliche Benutzer danach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deactivation candidates</source>
        <translation>Kandidaten für die Deaktivierung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>all runtimes</source>
        <translation>allen Laufzeitumgebungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any group</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Could not work out the effect of deactivating the candidates: %1</source>
        <translation>Die Auswirkung der Deaktivierung der Kandidaten konnte nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 → %3 (%4%5)</source>
        <translation>%1 %2 → %3 (%4%5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>named</source>
        <translation>namentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a workspace to find deactivation candidates.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um Kandidaten für die Deaktivierung zu finden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding the candidates…</source>
        <translation>Kandidaten werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No counted user has gone %Ln day(s) without a login.</source>
        <translation>
            <numerusform>Kein gezählter Benutzer hat sich seit %Ln Tag nicht angemeldet.</numerusform>
            <numerusform>Kein gezählter Benutzer hat sich seit %Ln Tagen nicht angemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln candidate(s) not logged in for %1 days or more.</source>
        <translation>
            <numerusform>%Ln Kandidat hat sich seit %1 Tagen oder länger nicht angemeldet.</numerusform>
            <numerusform>%Ln Kandidaten haben sich seit %1 Tagen oder länger nicht angemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivating them: %1</source>
        <translation>Nach ihrer Deaktivierung: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder for the Lists to Apply on the Platform</source>
        <translation>Ordner für die auf der Plattform anzuwendenden Listen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The users were deactivated here (Undo restores them), but the lists for the platform were not written: %1</source>
        <translation>Die Benutzer wurden hier deaktiviert („Rückgängig“ stellt sie wieder her), aber die Listen für die Plattform wurden nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>hc::ReportActions</name>
    <message>
        <location filename="../src/gui/ReportActions.cpp" line="+29"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print preview of the compliance report</source>
        <translation>Druckvorschau des Compliance-Berichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the compliance report</source>
        <translation>Den Compliance-Bericht drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the compliance report as PDF</source>
        <translation>Den Compliance-Bericht als PDF exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the compliance report as HTML</source>
        <translation>Den Compliance-Bericht als HTML exportieren</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Report progress</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the report…</source>
        <translation>Der Bericht wird erstellt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the report</source>
        <translation>Bericht wird erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the report</source>
        <translation>Den Bericht abbrechen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Export Report as HTML</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>licence-report</source>
        <translation>lizenzbericht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML documents (*.html *.htm)</source>
        <translation>HTML-Dokumente (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Report cancelled.</source>
        <translation>Bericht abgebrochen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not make the report: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print Preview – %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not lay out the report: %1</source>
        <translation>Der Bericht konnte nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not print the report: %1</source>
        <translation>Der Bericht konnte nicht gedruckt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ReportBuilder</name>
    <message>
        <location filename="../src/report/ReportBuilder.cpp" line="+24"/>
        <source>The number of inactive days must be at least 1.</source>
        <translation>Die Zahl der inaktiven Tage muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The workspace has no infrastructure.</source>
        <translation>Der Arbeitsbereich hat keine Infrastruktur.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot compute the SHA-256 fingerprint.</source>
        <translation>Der SHA-256-Fingerabdruck kann nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>hc::ReportFile</name>
    <message>
        <location filename="../src/report/ReportFile.cpp" line="+24"/>
        <source>Licence compliance roll-up</source>
        <translation>Zusammenfassung der Lizenz-Compliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence compliance report: %1</source>
        <translation>Bericht zur Lizenz-Compliance: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>hc::ReportFingerprint</name>
    <message>
        <location filename="../src/report/ReportFingerprint.cpp" line="+204"/>
        <source>Cannot compute the SHA-256 fingerprint.</source>
        <translation>Der SHA-256-Fingerabdruck kann nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>hc::ReportHtml</name>
    <message>
        <location filename="../src/report/ReportHtml.cpp" line="+90"/>
        <source>no capacity set</source>
        <translation>keine Kapazität festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within capacity</source>
        <translation>innerhalb der Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEAR capacity</source>
        <translation>Kapazität FAST erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVER capacity</source>
        <translation>Kapazität ÜBERSCHRITTEN</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Licence compliance report</source>
        <translation>Bericht zur Lizenz-Compliance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence compliance roll-up</source>
        <translation>Zusammenfassung der Lizenz-Compliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+17"/>
        <source>Infrastructures</source>
        <translation>Infrastrukturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique individuals / licensed</source>
        <translation>Eindeutige Personen / lizenziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the platform consoles</source>
        <translation>Summe der Plattformkonsolen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprints</source>
        <translation>Fingerabdrücke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each infrastructure follows on its own pages.</source>
        <translation>Jede Infrastruktur folgt auf eigenen Seiten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Licence compliance report:</source>
        <translation>Bericht zur Lizenz-Compliance:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence model</source>
        <translation>Lizenzmodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform version</source>
        <translation>Plattformversion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set (11.11.3 or later)</source>
        <translation>nicht festgelegt (11.11.3 oder neuer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <location line="+148"/>
        <source>Runtimes</source>
        <translation>Laufzeitumgebungen</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+124"/>
        <location line="+69"/>
        <location line="+41"/>
        <location line="+10"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Pseudonymised: names, usernames, e-mail addresses and domains are replaced by consistent pseudonyms; every count is unchanged.</source>
        <translation>Pseudonymisiert: Namen, Benutzernamen, E-Mail-Adressen und Domains sind durch einheitliche Pseudonyme ersetzt; jede Zahl ist unverändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 unique individuals; no capacity is set.</source>
        <translation>%1: %2 eindeutige Personen; keine Kapazität festgelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 unique individuals of %3 licensed (%4): within capacity.</source>
        <translation>%1: %2 eindeutige Personen von %3 lizenzierten (%4): innerhalb der Kapazität.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 unique individuals of %3 licensed (%4): NEAR capacity (warning from %5 %).</source>
        <translation>%1: %2 eindeutige Personen von %3 lizenzierten (%4): Kapazität FAST erreicht (Warnung ab %5 %).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 unique individuals of %3 licensed (%4): OVER capacity by %5.</source>
        <translation>%1: %2 eindeutige Personen von %3 lizenzierten (%4): Kapazität um %5 ÜBERSCHRITTEN.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+111"/>
        <source>Named</source>
        <translation>Namentlich</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+108"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+108"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Capacities and unique counts</source>
        <translation>Kapazitäten und eindeutige Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Licensed</source>
        <translation>Lizenziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique individuals</source>
        <translation>Eindeutige Personen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gauge</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The licence is measured on unique individuals (R6): %1 in all.</source>
        <translation>Die Lizenz wird an eindeutigen Personen gemessen (R6): insgesamt %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <location line="+136"/>
        <location line="+37"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Counted internal</source>
        <translation>Gezählt intern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted external</source>
        <translation>Gezählt extern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform internal</source>
        <translation>Plattform intern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform external</source>
        <translation>Plattform extern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform estimate</source>
        <translation>Schätzung der Plattform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records (any status)</source>
        <translation>Datensätze (jeder Status)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted records on all runtimes: %1. The platform estimate is what each runtime&apos;s own console shows (R12).</source>
        <translation>Gezählte Datensätze in allen Laufzeitumgebungen: %1. Die Schätzung der Plattform ist, was die eigene Konsole jeder Laufzeitumgebung zeigt (R12).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Console of %1</source>
        <translation>Konsole von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the consoles</source>
        <translation>Summe der Konsolen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique individuals (the licence figure)</source>
        <translation>Eindeutige Personen (die Lizenzzahl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconciliation with the platform</source>
        <translation>Abgleich mit der Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenants: %1 in all, %2 of multi-tenant apps (each account counts once per tenant), %3 holding IT users (never counted).</source>
        <translation>Mandanten: insgesamt %1, davon %2 von mandantenfähigen Apps (jedes Konto zählt einmal je Mandant), %3 mit IT-Benutzern (nie gezählt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exclusions</source>
        <translation>Ausschlüsse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (R5, first that applies)</source>
        <translation>Grund (R5, der erste zutreffende)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT users</source>
        <translation>IT-Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted</source>
        <translation>Nicht gezählt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trend and forecast</source>
        <translation>Trend und Prognose</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No count history is stored for this infrastructure yet.</source>
        <translation>Für diese Infrastruktur ist noch kein Zählverlauf gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of capacity</source>
        <translation>Der Kapazität</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Unique individuals at the end of each day shown (%n day(s) with changes stored).</source>
        <translation>
            <numerusform>Eindeutige Personen am Ende jedes gezeigten Tages (%n Tag mit Änderungen gespeichert).</numerusform>
            <numerusform>Eindeutige Personen am Ende jedes gezeigten Tages (%n Tage mit Änderungen gespeichert).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast (least-squares trend of the last %1 days, dates up to %2 days ahead):</source>
        <translation>Prognose (Trend nach der Methode der kleinsten Quadrate über die letzten %1 Tage, Daten bis zu %2 Tage voraus):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Owned domains</source>
        <translation>Eigene Domains</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No domain is owned: every record is internal (R4).</source>
        <translation>Keine Domain ist eigen: Jeder Datensatz ist intern (R4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain as typed</source>
        <translation>Domain wie eingegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normalised</source>
        <translation>Normalisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top external domains</source>
        <translation>Häufigste externe Domains</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The named model has no external users (R9).</source>
        <translation>Das Modell namentlicher Benutzer hat keine externen Benutzer (R9).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted records</source>
        <translation>Gezählte Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 external domains with %2 counted records in all.</source>
        <translation>%1 externe Domains mit insgesamt %2 gezählten Datensätzen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records without a valid e-mail</source>
        <translation>Datensätze ohne gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counted records (internal by R4) and %2 records that do not count have no valid e-mail address in Email or Username (R2).</source>
        <translation>%1 gezählte Datensätze (nach R4 intern) und %2 nicht zählende Datensätze haben keine gültige E-Mail-Adresse in Email oder Username (R2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+21"/>
        <location line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Email field</source>
        <translation>Feld Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mails shared by several records</source>
        <translation>Von mehreren Datensätzen geteilte E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 addresses are carried by %2 counted records with different usernames on one runtime. R6 counts each address as one person (and the platform as one user): check that none is a mailbox shared by several people.</source>
        <translation>%1 Adressen werden von %2 gezählten Datensätzen mit verschiedenen Benutzernamen in einer Laufzeitumgebung geführt. R6 zählt jede Adresse als eine Person (und die Plattform als einen Benutzer): Prüfen Sie, dass keine ein von mehreren Menschen geteiltes Postfach ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usernames</source>
        <translation>Benutzernamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likely duplicates</source>
        <translation>Wahrscheinliche Duplikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 names are carried by %2 different individuals (same name, no shared address or username). If they are one person, link their records: each counts once more than needed.</source>
        <translation>%1 Namen werden von %2 verschiedenen Personen geführt (gleicher Name, keine gemeinsame Adresse oder Benutzername). Wenn es eine Person ist, verknüpfen Sie ihre Datensätze: Jede zählt einmal mehr als nötig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Individuals</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deactivation candidates</source>
        <translation>Kandidaten für die Deaktivierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counted records have not logged in for %2 days or more (last login before %3, or never).</source>
        <translation>%1 gezählte Datensätze haben sich seit %2 Tagen oder länger nicht angemeldet (letzte Anmeldung vor %3 oder nie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 that logged in longest ago are listed.</source>
        <translation>Die %1, deren Anmeldung am längsten zurückliegt, sind aufgeführt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R1 E-mail normalisation: an address is compared in lower case, with its domain in ASCII (IDNA) and without a trailing dot.</source>
        <translation>R1 Normalisierung der E-Mail-Adresse: Eine Adresse wird in Kleinbuchstaben verglichen, mit ihrer Domain in ASCII (IDNA) und ohne abschließenden Punkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R2 A record&apos;s e-mail is its Email field when that is a valid address, else its Username when that is one, else it has none.</source>
        <translation>R2 Die E-Mail-Adresse eines Datensatzes ist sein Feld Email, wenn es eine gültige Adresse ist, sonst sein Username, wenn er eine ist, sonst hat er keine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R3 A domain matches an owned domain only when they are equal: subdomains are listed on their own.</source>
        <translation>R3 Eine Domain entspricht einer eigenen Domain nur bei Gleichheit: Subdomains werden einzeln eingetragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R4 Internal when no domain is owned, when the record has no valid e-mail, or when its domain is owned; otherwise external.</source>
        <translation>R4 Intern, wenn keine Domain eigen ist, wenn der Datensatz keine gültige E-Mail-Adresse hat oder wenn seine Domain eigen ist; sonst extern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5 Not counted, in this order: IT users, inactive users, anonymous users (never logged in, no personal data).</source>
        <translation>R5 Nicht gezählt, in dieser Reihenfolge: IT-Benutzer, inaktive Benutzer, anonyme Benutzer (nie angemeldet, keine persönlichen Daten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R6 Counted records sharing an e-mail address, or a username within one tenant pool, are one individual across all runtimes; links and splits made here override.</source>
        <translation>R6 Gezählte Datensätze mit gemeinsamer E-Mail-Adresse oder gemeinsamem Benutzernamen innerhalb eines Mandantenpools sind eine Person über alle Laufzeitumgebungen hinweg; hier vorgenommene Verknüpfungen und Trennungen haben Vorrang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R7 An individual is internal when any of its records is internal.</source>
        <translation>R7 Eine Person ist intern, wenn einer ihrer Datensätze intern ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R8 Per runtime the counted records are given; the licence is measured on individuals.</source>
        <translation>R8 Je Laufzeitumgebung werden die gezählten Datensätze angegeben; die Lizenz wird an Personen gemessen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R9 The named model (platforms before 11.7.0): the same exclusions and individuals, no classification.</source>
        <translation>R9 Das Modell namentlicher Benutzer (Plattformen vor 11.7.0): dieselben Ausschlüsse und Personen, keine Einteilung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R10 A capacity is near its limit at 80 % and over when the count exceeds it.</source>
        <translation>R10 Eine Kapazität ist bei 80 % fast erreicht und überschritten, wenn die Zahl sie übersteigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R11 Every change recounts at once; this report was read in one consistent snapshot.</source>
        <translation>R11 Jede Änderung zählt sofort neu; dieser Bericht wurde in einem einzigen konsistenten Stand gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R12 The platform estimate is what a runtime&apos;s own console shows: it merges a person&apos;s records within that runtime only (from 11.11.3), never across runtimes.</source>
        <translation>R12 Die Schätzung der Plattform ist, was die eigene Konsole einer Laufzeitumgebung zeigt: Sie führt die Datensätze einer Person nur innerhalb dieser Laufzeitumgebung zusammen (ab 11.11.3), nie über Laufzeitumgebungen hinweg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rules applied</source>
        <translation>Angewandte Regeln</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 over the counts, the owned domains and every record behind them (canonical form version %1, described in the README):</source>
        <translation>SHA-256 über die Zählungen, die eigenen Domains und jeden Datensatz dahinter (kanonische Form Version %1, beschrieben in der README):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recompute it from the workspace with: headcount-cli fingerprint --infra %1</source>
        <translation>Aus dem Arbeitsbereich neu berechnen mit: headcount-cli fingerprint --infra %1</translation>
    </message>
</context>
<context>
    <name>hc::ReportOptionsDialog</name>
    <message>
        <location filename="../src/gui/ReportOptionsDialog.cpp" line="+33"/>
        <source>&amp;This infrastructure (%1)</source>
        <translation>&amp;Diese Infrastruktur (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All infrastructures: a summary, then one section each</source>
        <translation>&amp;Alle Infrastrukturen: eine Zusammenfassung, dann je ein Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pseudonymise names, usernames and e-mails (counts are kept)</source>
        <translation>Namen, Benutzernamen und E-Mail-Adressen &amp;pseudonymisieren (die Zahlen bleiben)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days without a login</source>
        <translation>Tage ohne Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted users not logged in for this many days are listed as deactivation candidates</source>
        <translation>Gezählte Benutzer, die so viele Tage nicht angemeldet waren, werden als Kandidaten für die Deaktivierung aufgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report covers the infrastructure shown in the tool bar</source>
        <translation>Der Bericht umfasst die in der Werkzeugleiste gezeigte Infrastruktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report covers every infrastructure of the workspace</source>
        <translation>Der Bericht umfasst jede Infrastruktur des Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For sharing the report outside the company</source>
        <translation>Zur Weitergabe des Berichts außerhalb des Unternehmens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivation candidates: not logged in for</source>
        <translation>Deaktivierungs&amp;kandidaten: nicht angemeldet seit</translation>
    </message>
    <message>
        <source>Deactivation candidates: not logged in for</source>
        <translation type="vanished">Kandidaten für die Deaktivierung: nicht angemeldet seit</translation>
    </message>
</context>
<context>
    <name>hc::ReportPdf</name>
    <message>
        <location filename="../src/report/ReportPdf.cpp" line="+20"/>
        <source>Laying out a PDF needs a QGuiApplication.</source>
        <translation>Das Setzen eines PDF braucht eine QGuiApplication.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot start painting the report.</source>
        <translation>Das Zeichnen des Berichts kann nicht beginnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot start page %1 of the report.</source>
        <translation>Seite %1 des Berichts kann nicht begonnen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot finish painting the report.</source>
        <translation>Das Zeichnen des Berichts kann nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>hc::ReportQueries</name>
    <message>
        <location filename="../src/storage/ReportQueries.cpp" line="-162"/>
        <source>Database error while reading %1 for the report: %2</source>
        <translation>Datenbankfehler beim Lesen der %1 für den Bericht: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+10"/>
        <source>external domains</source>
        <translation>externen Domains</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>records without an e-mail</source>
        <translation>Datensätze ohne E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>runtimes</source>
        <translation>Laufzeitumgebungen</translation>
    </message>
    <message>
        <source>The compliance report</source>
        <translation type="vanished">Der Compliance-Bericht</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">Der Datenbanktreiber liefert kein SQLite-Handle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading records</source>
        <translation>Lesen der Datensätze</translation>
    </message>
</context>
<context>
    <name>hc::RuntimeCountsModel</name>
    <message>
        <location filename="../src/gui/RuntimeCountsModel.cpp" line="+111"/>
        <source>Production runtime %1</source>
        <translation>Produktive Laufzeitumgebung %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n counted internal record(s) in %1</source>
        <translation>
            <numerusform>%n gezählter interner Datensatz in %1</numerusform>
            <numerusform>%n gezählte interne Datensätze in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n counted external record(s) in %1</source>
        <translation>
            <numerusform>%n gezählter externer Datensatz in %1</numerusform>
            <numerusform>%n gezählte externe Datensätze in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n counted record(s) in %1</source>
        <translation>
            <numerusform>%n gezählter Datensatz in %1</numerusform>
            <numerusform>%n gezählte Datensätze in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>What %1&apos;s own console shows: %n user(s)</source>
        <translation>
            <numerusform>Was die eigene Konsole von %1 zeigt: %n Benutzer</numerusform>
            <numerusform>Was die eigene Konsole von %1 zeigt: %n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Production runtime</source>
        <translation>Produktive Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted records classified internal (the platform&apos;s own per-runtime figure)</source>
        <translation>Als intern eingestufte gezählte Datensätze (die eigene Zahl der Plattform je Laufzeitumgebung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted records classified external (the platform&apos;s own per-runtime figure)</source>
        <translation>Als extern eingestufte gezählte Datensätze (die eigene Zahl der Plattform je Laufzeitumgebung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All counted records of the runtime; the same person in two runtimes counts in both</source>
        <translation>Alle gezählten Datensätze der Laufzeitumgebung; dieselbe Person in zwei Laufzeitumgebungen zählt in beiden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform&apos;s own estimate for this runtime (R12): records of the user providers&apos; default tenants that share an e-mail or username count once; each multi-tenant app account counts</source>
        <translation>Die eigene Schätzung der Plattform für diese Laufzeitumgebung (R12): Datensätze der Standardmandanten der Benutzeranbieter mit gleicher E-Mail-Adresse oder gleichem Benutzernamen zählen einmal; jedes Konto einer mandantenfähigen App zählt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console int.</source>
        <translation>Konsole int.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console ext.</source>
        <translation>Konsole ext.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console total</source>
        <translation>Konsole gesamt</translation>
    </message>
</context>
<context>
    <name>hc::RuntimesModel</name>
    <message>
        <location filename="../src/gui/RuntimesModel.cpp" line="+86"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2 / %3)</source>
        <extracomment>a runtime&apos;s figure: total (internal / external)</extracomment>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Double-click or press F2 to rename</source>
        <translation>Zum Umbenennen doppelklicken oder F2 drücken</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Records that count (R8), before merging the same person across runtimes</source>
        <translation>Datensätze, die zählen (R8), bevor dieselbe Person über Laufzeitumgebungen hinweg zusammengeführt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this runtime&apos;s own console shows (R12)</source>
        <translation>Was die eigene Konsole dieser Laufzeitumgebung zeigt (R12)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted (int. / ext.)</source>
        <translation>Gezählt (int. / ext.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform estimate</source>
        <translation>Schätzung der Plattform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform estimate (int. / ext.)</source>
        <translation>Schätzung der Plattform (int. / ext.)</translation>
    </message>
</context>
<context>
    <name>hc::RuntimesView</name>
    <message>
        <location filename="../src/gui/RuntimesView.cpp" line="+89"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Runtimes</source>
        <translation>Laufzeitumgebungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rena&amp;me</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected runtime</source>
        <translation>Die ausgewählte Laufzeitumgebung umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected runtime and its records</source>
        <translation>Die ausgewählte Laufzeitumgebung und ihre Datensätze entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kind of the selected tenants:</source>
        <translation>Ar&amp;t der ausgewählten Mandanten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant kind</source>
        <translation>Mandantenart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set Kind</source>
        <translation>Art &amp;festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the kind of the selected tenants</source>
        <translation>Die Art der ausgewählten Mandanten festlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cance&amp;l</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the running change</source>
        <translation>Die laufende Änderung abbrechen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Runtimes of %1</source>
        <translation>Laufzeitumgebungen von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unique individuals in all runtimes: %1, the figure the licence is measured against.</source>
        <translation>Eindeutige Personen in allen Laufzeitumgebungen: %1, die Zahl, an der die Lizenz gemessen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique individuals in all runtimes: %1 internal · %2 external, the figures the licence is measured against.</source>
        <translation>Eindeutige Personen in allen Laufzeitumgebungen: %1 intern · %2 extern, die Zahlen, an denen die Lizenz gemessen wird.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Tenants found in all runtimes of %1</source>
        <translation>In allen Laufzeitumgebungen von %1 gefundene &amp;Mandanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenants found in %1</source>
        <translation>In %1 gefundene &amp;Mandanten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename runtime %1 to %2</source>
        <translation>Laufzeitumgebung %1 in %2 umbenennen</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Remove runtime %1 and its %n record(s)? The administrator&apos;s decisions about them go too, and this cannot be undone.</source>
        <translation>
            <numerusform>Laufzeitumgebung %1 und ihren %n Datensatz entfernen? Die Entscheidungen des Administrators dazu werden ebenfalls entfernt; dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Laufzeitumgebung %1 und ihre %n Datensätze entfernen? Die Entscheidungen des Administrators dazu werden ebenfalls entfernt; dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Runtime</source>
        <translation>Laufzeitumgebung entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing runtime %1…</source>
        <translation>Laufzeitumgebung %1 wird entfernt…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Set the kind of %n tenant(s) to %1</source>
        <translation>
            <numerusform>Art von %n Mandant auf %1 setzen</numerusform>
            <numerusform>Art von %n Mandanten auf %1 setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Setting the kind of %n tenant(s) to %1 and recounting…</source>
        <translation>
            <numerusform>Art von %n Mandant wird auf %1 gesetzt und neu gezählt…</numerusform>
            <numerusform>Art von %n Mandanten wird auf %1 gesetzt und neu gezählt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cancelling: the change is rolled back as soon as its current step has ended…</source>
        <translation>Wird abgebrochen: die Änderung wird zurückgenommen, sobald ihr laufender Schritt beendet ist…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too late to cancel: the change is already being saved.</source>
        <translation>Zu spät zum Abbrechen: die Änderung wird bereits gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another change is still running; try again when it has finished.</source>
        <translation>Eine andere Änderung läuft noch; versuchen Sie es erneut, wenn sie abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>hc::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="+31"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the console; used from the next start</source>
        <translation>Die Sprache der Konsole; gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used when Headcount is started again.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Headcount verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console&apos;s colours: as the desktop, light or dark</source>
        <translation>Die Farben der Konsole: wie der Desktop, hell oder dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default days without a login</source>
        <translation>Standardanzahl Tage ohne Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users not logged in for this many days are offered as deactivation candidates</source>
        <translation>Benutzer, die so viele Tage nicht angemeldet waren, werden als Kandidaten für die Deaktivierung angeboten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default workspace folder</source>
        <translation>Standard-Arbeitsbereichsordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the Open Workspace dialog starts; empty for your home folder</source>
        <translation>Wo der Dialog „Arbeitsbereich öffnen“ beginnt; leer für Ihren Benutzerordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the default workspace folder</source>
        <translation>Den Standard-Arbeitsbereichsordner wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivation candidates after:</source>
        <translation>Deaktivierungs&amp;kandidaten nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default workspace &amp;folder:</source>
        <translation>Standard-&amp;Arbeitsbereichsordner:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Default Workspace Folder</source>
        <translation>Standard-Arbeitsbereichsordner</translation>
    </message>
</context>
<context>
    <name>hc::StorageErrors</name>
    <message>
        <location filename="../src/storage/StorageErrors.h" line="+35"/>
        <source>The workspace is damaged: %1. Nothing was changed; run &apos;headcount-cli check&apos;, and restore a backup.</source>
        <translation>Der Arbeitsbereich ist beschädigt: %1. Nichts wurde geändert; führen Sie &apos;headcount-cli check&apos; aus und stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is not yet supported on a shared PostgreSQL workspace.</source>
        <translation type="vanished">%1 wird auf einem gemeinsamen PostgreSQL-Arbeitsbereich noch nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler beim %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::TenantsModel</name>
    <message>
        <location filename="../src/gui/TenantsModel.cpp" line="+42"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no tenant id)</source>
        <translation>(keine Mandanten-ID)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A user provider&apos;s default tenant: its usernames are merged with the other default tenants&apos; (R6)</source>
        <translation>Der Standardmandant eines User Providers: Seine Benutzernamen werden mit denen der anderen Standardmandanten zusammengeführt (R6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A multi-tenant application&apos;s tenant: its logins are its own, never merged by username with other tenants (R6, R12)</source>
        <translation>Der Mandant einer mandantenfähigen Anwendung: Seine Anmeldungen gehören nur ihm und werden nie über den Benutzernamen mit anderen Mandanten zusammengeführt (R6, R12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tenant of IT users (Service Center&apos;s): its records never count (R5)</source>
        <translation>Der Mandant der IT-Benutzer (der von Service Center): Seine Datensätze zählen nie (R5)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runtimes</source>
        <translation>Laufzeitumgebungen</translation>
    </message>
</context>
<context>
    <name>hc::TextDecoder</name>
    <message>
        <location filename="../src/import/TextDecoder.cpp" line="+213"/>
        <source>not valid UTF-8: the byte %1 here is no UTF-8 character, though the file starts with a UTF-8 byte order mark (a damaged file, or text of another encoding pasted in)</source>
        <translation>kein gültiges UTF-8: Das Byte %1 hier ist kein UTF-8-Zeichen, obwohl die Datei mit einer UTF-8-Bytereihenfolgemarke beginnt (eine beschädigte Datei oder eingefügter Text einer anderen Kodierung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid UTF-8: the byte %1 here is no UTF-8 character, though the file holds UTF-8 text elsewhere (a damaged file, or text of another encoding pasted in)</source>
        <translation>kein gültiges UTF-8: Das Byte %1 hier ist kein UTF-8-Zeichen, obwohl die Datei anderswo UTF-8-Text enthält (eine beschädigte Datei oder eingefügter Text einer anderen Kodierung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid UTF-8: the byte %1 here is no UTF-8 character (a JSON export is UTF-8 or UTF-16)</source>
        <translation>kein gültiges UTF-8: Das Byte %1 hier ist kein UTF-8-Zeichen (ein JSON-Export ist UTF-8 oder UTF-16)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not valid %1 text: the file has an odd number of bytes</source>
        <translation>kein gültiger %1-Text: Die Datei hat eine ungerade Anzahl von Bytes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not valid %1 text: the lone surrogate %2 here is no character</source>
        <translation>kein gültiger %1-Text: Das einzelne Surrogat %2 hier ist kein Zeichen</translation>
    </message>
</context>
<context>
    <name>hc::Transaction</name>
    <message>
        <location filename="../src/storage/Transaction.cpp" line="+38"/>
        <source>Database error while starting a transaction: %1</source>
        <translation>Datenbankfehler beim Beginnen einer Transaktion: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The workspace is busy: another process kept it locked for 30 s. Nothing was changed; try again when it has finished.</source>
        <translation>Der Arbeitsbereich ist belegt: Ein anderer Prozess hielt ihn 30 s lang gesperrt. Nichts wurde geändert; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database error: the transaction is not open.</source>
        <translation>Datenbankfehler: Die Transaktion ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+18"/>
        <location line="+20"/>
        <source>Database error while committing: %1</source>
        <translation>Datenbankfehler beim Festschreiben: %1</translation>
    </message>
</context>
<context>
    <name>hc::TrendChartWidget</name>
    <message>
        <source>Internal users</source>
        <translation type="vanished">Interne Benutzer</translation>
    </message>
    <message>
        <source>External users</source>
        <translation type="vanished">Externe Benutzer</translation>
    </message>
    <message>
        <source>Named users</source>
        <translation type="vanished">Namentliche Benutzer</translation>
    </message>
    <message>
        <location filename="../src/gui/TrendChartWidget.cpp" line="+46"/>
        <source>Internal capacity</source>
        <translation>Interne Kapazität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External capacity</source>
        <translation>Externe Kapazität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named capacity</source>
        <translation>Kapazität namentlicher Benutzer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Trend of unique users against capacity</source>
        <translation>Trend der eindeutigen Benutzer gegenüber der Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trend appears here once the counts have changed on a few days.</source>
        <translation>Der Trend erscheint hier, sobald sich die Zählungen an einigen Tagen geändert haben.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Dashed lines: the capacities.</source>
        <translation>Gestrichelte Linien: die Kapazitäten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No count history yet.</source>
        <translation>Noch kein Zählverlauf.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n snapshot(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n Zählstand vom %1 bis %2.</numerusform>
            <numerusform>%n Zählstände vom %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 now %2 of %3.</source>
        <translation>%1 jetzt %2 von %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now %2, no capacity set.</source>
        <translation>%1 jetzt %2, keine Kapazität festgelegt.</translation>
    </message>
</context>
<context>
    <name>hc::UsersCsvExport</name>
    <message>
        <location filename="../src/gui/UsersCsvExport.cpp" line="+25"/>
        <source>Writing %1 users…</source>
        <translation>%1 Benutzer werden geschrieben…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>users.csv</source>
        <translation>benutzer.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>selected-users.csv</source>
        <translation>ausgewählte-benutzer.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Users to CSV</source>
        <translation>Benutzer als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Selected Users to CSV</source>
        <translation>Ausgewählte Benutzer als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the CSV file…</source>
        <translation>Die CSV-Datei wird geschrieben…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV export progress</source>
        <translation>Fortschritt des CSV-Exports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The CSV file was not written: %1</source>
        <translation>Die CSV-Datei wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>hc::UsersModel</name>
    <message>
        <location filename="../src/gui/UsersModel.cpp" line="+321"/>
        <source>Could not list the users: %1</source>
        <translation>Die Benutzer konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deactivated in Headcount; still active on the platform: deactivate it there too.</source>
        <translation>In Headcount deaktiviert; auf der Plattform noch aktiv: Deaktivieren Sie ihn auch dort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated in Headcount.</source>
        <translation>In Headcount deaktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT flag set by an administrator in Headcount.</source>
        <translation>IT-Markierung von einem Administrator in Headcount gesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split: kept apart from automatic matching (only links join it).</source>
        <translation>Getrennt: von der automatischen Zuordnung ausgenommen (nur Verknüpfungen führen ihn zusammen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default tenant</source>
        <translation>Standardmandant</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IT user</source>
        <translation>IT-Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deactivated here</source>
        <translation>Hier deaktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IT user, deactivated here</source>
        <translation>IT-Benutzer, hier deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, split</source>
        <translation>, getrennt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
</context>
<context>
    <name>hc::UsersView</name>
    <message>
        <location filename="../src/gui/UsersView.cpp" line="+93"/>
        <source>Search username, name, e-mail, phone or external id</source>
        <translation>Benutzername, Name, E-Mail, Telefon oder externe ID suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT users</source>
        <translation>IT-Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+206"/>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Show the users of one tenant only</source>
        <translation>Nur die Benutzer eines Mandanten zeigen</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Default tenant</source>
        <translation>Standardmandant</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Filters the table by username, name, e-mail, phone or external id (Ctrl+F)</source>
        <translation>Filtert die Tabelle nach Benutzername, Name, E-Mail, Telefon oder externer ID (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+184"/>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Members of an imported group; select all to act on the whole group</source>
        <translation>Mitglieder einer importierten Gruppe; wählen Sie alle aus, um auf die ganze Gruppe zu wirken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the users of one runtime only</source>
        <translation>Nur die Benutzer einer Laufzeitumgebung zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show internal or external users only</source>
        <translation>Nur interne oder externe Benutzer zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show counted, IT, inactive or anonymous records only</source>
        <translation>Nur gezählte, IT-, inaktive oder anonyme Datensätze zeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User actions</source>
        <translation>Benutzeraktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate the selected users: they stop counting (R5)</source>
        <translation>Die ausgewählten Benutzer deaktivieren: Sie zählen nicht mehr (R5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a deactivation made in Headcount</source>
        <translation>Eine in Headcount vorgenommene Deaktivierung rückgängig machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;IT User</source>
        <translation>Als &amp;IT-Benutzer markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developers and administrators who do not use the apps do not count (R5)</source>
        <translation>Entwickler und Administratoren, die die Apps nicht verwenden, zählen nicht (R5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear IT Flag</source>
        <translation>IT-Markierung &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected users use the apps: they count</source>
        <translation>Die ausgewählten Benutzer verwenden die Apps: Sie zählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two selected records are the same person (R6)</source>
        <translation>Die beiden ausgewählten Datensätze sind dieselbe Person (R6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+328"/>
        <source>&amp;Split</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="-327"/>
        <location line="+329"/>
        <source>Keep the selected record apart from automatic matching (R6)</source>
        <translation>Den ausgewählten Datensatz von der automatischen Zuordnung ausnehmen (R6)</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>&amp;Explain…</source>
        <translation>E&amp;rklären…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which rules classified and counted the selected record</source>
        <translation>Welche Regeln den ausgewählten Datensatz eingestuft und gezählt haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xport to CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the users listed (with the search and filters) to a CSV file</source>
        <translation>Die aufgelisteten Benutzer (mit Suche und Filtern) in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Selection to CSV…</source>
        <translation>Au&amp;swahl als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected users to a CSV file</source>
        <translation>Die ausgewählten Benutzer in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per user record; the tool bar acts on the selected rows</source>
        <translation>Eine Zeile pro Benutzerdatensatz; die Werkzeugleiste wirkt auf die ausgewählten Zeilen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>All runtimes</source>
        <translation>Alle Laufzeitumgebungen</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Kind %1 · %n record(s)</source>
        <translation>
            <numerusform>Art %1 · %n Datensatz</numerusform>
            <numerusform>Art %1 · %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 users · reading…</source>
        <translation>%1 Benutzer · wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ users · counting…</source>
        <translation>%1+ Benutzer · wird gezählt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user matches “%1”</source>
        <translation>Kein Benutzer passt zu „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No users with these filters</source>
        <translation>Keine Benutzer mit diesen Filtern</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · %1 selected</source>
        <translation> · %1 ausgewählt</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Select the users to export first.</source>
        <translation>Wählen Sie zuerst die zu exportierenden Benutzer aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="vanished">
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+135"/>
        <source>The list is still being read; try again in a moment.</source>
        <translation>Die Liste wird noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>A record without a username cannot be decided on: decisions are kept by username.</source>
        <translation>Über einen Datensatz ohne Benutzernamen kann nicht entschieden werden: Entscheidungen werden nach Benutzername gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select at most %L1 users for one decision.</source>
        <translation>Wählen Sie höchstens %L1 Benutzer für eine Entscheidung aus.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Re&amp;join</source>
        <translation>Wieder &amp;zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let automatic matching join the selected record again (R6)</source>
        <translation>Die automatische Zuordnung den ausgewählten Datensatz wieder zusammenführen lassen (R6)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select exactly two records to link them.</source>
        <translation>Wählen Sie genau zwei Datensätze aus, um sie zu verknüpfen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select one record to split it.</source>
        <translation>Wählen Sie einen Datensatz aus, um ihn zu trennen.</translation>
    </message>
</context>
<context>
    <name>hc::ValueParser</name>
    <message>
        <location filename="../src/import/ValueParser.cpp" line="+202"/>
        <source>%1 is not a boolean (true/false, 1/0, yes/no, y/n)</source>
        <translation>%1 ist kein Wahrheitswert (true/false, 1/0, yes/no, y/n)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a date (ISO 8601, e.g. 2025-06-30, 2025-06-30 14:05:00 or 2025-06-30T14:05:00Z)</source>
        <translation>%1 ist kein Datum (ISO 8601, z. B. 2025-06-30, 2025-06-30 14:05:00 oder 2025-06-30T14:05:00Z)</translation>
    </message>
</context>
<context>
    <name>hc::WorkspaceSession</name>
    <message>
        <location filename="../src/gui/WorkspaceSession.cpp" line="+149"/>
        <location line="+167"/>
        <location line="+15"/>
        <location line="+31"/>
        <location line="+25"/>
        <location line="+40"/>
        <location line="+14"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+101"/>
        <location line="+110"/>
        <location line="+57"/>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+30"/>
        <source>Could not read the changes made by another program: %1</source>
        <translation>Die Änderungen eines anderen Programms konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connection to the shared workspace was lost (%1). Headcount tries again every few seconds; until then the figures shown may be out of date.</source>
        <translation>Die Verbindung zum gemeinsamen Arbeitsbereich ist unterbrochen (%1). Headcount versucht es alle paar Sekunden erneut; bis dahin können die angezeigten Zahlen veraltet sein.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+34"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="-168"/>
        <location line="+115"/>
        <location line="+57"/>
        <source>A change is still being applied; try again when it is done.</source>
        <translation>Eine Änderung wird noch angewendet; versuchen Sie es erneut, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="-33"/>
        <source>The selected users are deactivated already.</source>
        <translation>Die ausgewählten Benutzer sind bereits deaktiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+1"/>
        <source>Only users deactivated in Headcount can be activated here; the others are inactive on the platform itself.</source>
        <translation>Nur in Headcount deaktivierte Benutzer können hier aktiviert werden; die anderen sind auf der Plattform selbst inaktiv.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+6"/>
        <source>Deactivate %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer deaktivieren</numerusform>
            <numerusform>%n Benutzer deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+0"/>
        <source>Activate %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer aktivieren</numerusform>
            <numerusform>%n Benutzer aktivieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="-111"/>
        <source>The selected users are marked as IT users already.</source>
        <translation>Die ausgewählten Benutzer sind bereits als IT-Benutzer markiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+1"/>
        <source>The IT flag of the selected users is cleared already.</source>
        <translation>Die IT-Markierung der ausgewählten Benutzer ist bereits entfernt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+4"/>
        <source>Mark %n user(s) as IT users</source>
        <translation>
            <numerusform>%n Benutzer als IT-Benutzer markieren</numerusform>
            <numerusform>%n Benutzer als IT-Benutzer markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+1"/>
        <source>Clear the IT flag of %n user(s)</source>
        <translation>
            <numerusform>Die IT-Markierung von %n Benutzer entfernen</numerusform>
            <numerusform>Die IT-Markierung von %n Benutzern entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>These two records are linked already.</source>
        <translation>Diese beiden Datensätze sind bereits verknüpft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link %1 and %2</source>
        <translation>%1 und %2 verknüpfen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is split already.</source>
        <translation>%1 ist bereits getrennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not split.</source>
        <translation>%1 ist nicht getrennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Split %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejoin %1</source>
        <translation>%1 wieder zusammenführen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+181"/>
        <source>Import %1 into %2</source>
        <translation>%1 in %2 importieren</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>finding a user</source>
        <translation type="vanished">recherche d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot; in that runtime.</source>
        <translation type="vanished">Aucun utilisateur &quot;%1&quot; dans cet environnement.</translation>
    </message>
    <message>
        <source>recording a decision</source>
        <translation type="vanished">enregistrement d&apos;une décision</translation>
    </message>
    <message>
        <source>updating a record</source>
        <translation type="vanished">mise à jour d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>A link joins two records of one tenant; records of different tenants are joined by a shared e-mail address (R6).</source>
        <translation type="vanished">Un lien réunit deux enregistrements d&apos;un même locataire ; les enregistrements de locataires différents sont réunis par une adresse e-mail commune (R6).</translation>
    </message>
    <message>
        <source>linking records</source>
        <translation type="vanished">liaison d&apos;enregistrements</translation>
    </message>
    <message>
        <source>reading links</source>
        <translation type="vanished">lecture des liens</translation>
    </message>
    <message>
        <source>unlinking records</source>
        <translation type="vanished">suppression du lien entre enregistrements</translation>
    </message>
    <message>
        <source>reading owned domains</source>
        <translation type="vanished">lecture des domaines propres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain (R1: at least two labels of a-z, 0-9 and -).</source>
        <translation type="vanished">&quot;%1&quot; n&apos;est pas un domaine valide (R1 : au moins deux libellés en a-z, 0-9 et -).</translation>
    </message>
    <message>
        <source>adding a domain</source>
        <translation type="vanished">ajout d&apos;un domaine</translation>
    </message>
    <message>
        <source>removing a domain</source>
        <translation type="vanished">retrait d&apos;un domaine</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an owned domain of this infrastructure.</source>
        <translation type="vanished">&quot;%1&quot; n&apos;est pas un domaine propre de cette infrastructure.</translation>
    </message>
    <message>
        <source>A group membership needs a group name and a username.</source>
        <translation type="vanished">Une appartenance à un groupe exige un nom de groupe et un identifiant.</translation>
    </message>
    <message>
        <source>No runtime with id %1.</source>
        <translation type="vanished">Aucun environnement d&apos;exécution avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>reading the runtime&apos;s users</source>
        <translation type="vanished">lecture des utilisateurs de l&apos;environnement</translation>
    </message>
    <message>
        <source>replacing the groups</source>
        <translation type="vanished">remplacement des groupes</translation>
    </message>
    <message>
        <source>importing the groups</source>
        <translation type="vanished">import des groupes</translation>
    </message>
    <message>
        <source>listing groups</source>
        <translation type="vanished">liste des groupes</translation>
    </message>
    <message>
        <source>reading the runtime&apos;s records</source>
        <translation type="vanished">lecture des enregistrements de l&apos;environnement</translation>
    </message>
    <message>
        <source>This export would remove %1 of the runtime&apos;s %2 records (more than half), e.g. %3%4. Nothing was changed; confirm the import (--allow-shrink) if that is right.</source>
        <translation type="vanished">Cet export retirerait %1 des %2 enregistrements de l&apos;environnement (plus de la moitié), p. ex. %3%4. Rien n&apos;a été modifié ; confirmez l&apos;import (--allow-shrink) si c&apos;est correct.</translation>
    </message>
    <message>
        <source>reading the other runtimes</source>
        <translation type="vanished">lecture des autres environnements</translation>
    </message>
    <message>
        <source>replacing the runtime&apos;s records</source>
        <translation type="vanished">remplacement des enregistrements de l&apos;environnement</translation>
    </message>
    <message>
        <source>storing individuals</source>
        <translation type="vanished">enregistrement des personnes</translation>
    </message>
    <message>
        <source>A runtime needs a name.</source>
        <translation type="vanished">Un environnement d&apos;exécution doit avoir un nom.</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">Le pilote de base de données ne fournit pas de handle SQLite.</translation>
    </message>
    <message>
        <source>adding a runtime</source>
        <translation type="vanished">ajout d&apos;un environnement d&apos;exécution</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation type="vanished">enregistrement de l&apos;import</translation>
    </message>
    <message>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation type="vanished">Import annulé : l&apos;espace de travail est resté tel quel.</translation>
    </message>
    <message>
        <source>reading infrastructures</source>
        <translation type="vanished">lecture des infrastructures</translation>
    </message>
    <message>
        <source>The workspace has no infrastructure.</source>
        <translation type="vanished">L&apos;espace de travail n&apos;a aucune infrastructure.</translation>
    </message>
    <message>
        <source>The workspace has several infrastructures (%1): name one with --infra.</source>
        <translation type="vanished">L&apos;espace de travail a plusieurs infrastructures (%1) : nommez-en une avec --infra.</translation>
    </message>
    <message>
        <source>No infrastructure named &quot;%1&quot;.</source>
        <translation type="vanished">Aucune infrastructure nommée &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No infrastructure with id %1.</source>
        <translation type="vanished">Aucune infrastructure avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>An infrastructure needs a name.</source>
        <translation type="vanished">Une infrastructure doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform version (e.g. 11.20.1).</source>
        <translation type="vanished">&quot;%1&quot; n&apos;est pas une version de plateforme (p. ex. 11.20.1).</translation>
    </message>
    <message>
        <source>An infrastructure named &quot;%1&quot; already exists.</source>
        <translation type="vanished">Une infrastructure nommée &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <source>adding an infrastructure</source>
        <translation type="vanished">ajout d&apos;une infrastructure</translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation type="vanished">Une capacité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>setting capacities</source>
        <translation type="vanished">définition des capacités</translation>
    </message>
    <message>
        <source>setting the platform version</source>
        <translation type="vanished">définition de la version de plateforme</translation>
    </message>
    <message>
        <source>setting the licence model</source>
        <translation type="vanished">définition du modèle de licence</translation>
    </message>
    <message>
        <source>renaming an infrastructure</source>
        <translation type="vanished">renommage d&apos;une infrastructure</translation>
    </message>
    <message>
        <source>removing an infrastructure</source>
        <translation type="vanished">retrait d&apos;une infrastructure</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation type="vanished">lecture d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>%1/%2 (tenant &quot;%3&quot;):</source>
        <translation type="vanished">%1/%2 (locataire &quot;%3&quot;) :</translation>
    </message>
    <message>
        <source>R12: not counted by the platform&apos;s console either.</source>
        <translation type="vanished">R12 : pas compté non plus par la console de la plateforme.</translation>
    </message>
    <message numerus="yes">
        <source>R6: individual #%1, %n counted record(s): %2.</source>
        <translation type="vanished">
            <numerusform>R6 : personne n° %1, %n enregistrement compté : %2.</numerusform>
            <numerusform>R6 : personne n° %1, %n enregistrements comptés : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>R7: at least one of its counted records is internal: the individual counts as internal.</source>
        <translation type="vanished">R7 : au moins un de ses enregistrements comptés est interne : la personne compte comme interne.</translation>
    </message>
    <message>
        <source>R7: none of its counted records is internal: the individual counts as external.</source>
        <translation type="vanished">R7 : aucun de ses enregistrements comptés n&apos;est interne : la personne compte comme externe.</translation>
    </message>
    <message>
        <source>R9: the individual counts once against the named capacity.</source>
        <translation type="vanished">R9 : la personne compte une fois sur la capacité nominative.</translation>
    </message>
    <message>
        <source>R12: platform %1 (before 11.11.3) counts each counted record as one user: this record is one user of %2&apos;s console.</source>
        <translation type="vanished">R12 : la plateforme %1 (antérieure à 11.11.3) compte chaque enregistrement compté comme un utilisateur : cet enregistrement est un utilisateur de la console de %2.</translation>
    </message>
    <message>
        <source>R12: tenant &quot;%1&quot; is a multi-tenant app&apos;s tenant: the platform counts this record as a user of its own in %2&apos;s console.</source>
        <translation type="vanished">R12 : le locataire &quot;%1&quot; est celui d&apos;une application multi-locataire : la plateforme compte cet enregistrement comme un utilisateur à part entière dans la console de %2.</translation>
    </message>
    <message>
        <source>R12: could not read the platform user: %1</source>
        <translation type="vanished">R12 : impossible de lire l&apos;utilisateur de la plateforme : %1</translation>
    </message>
    <message>
        <source>R12: %1&apos;s console counts this record as one user.</source>
        <translation type="vanished">R12 : la console de %1 compte cet enregistrement comme un utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n record(s): %2.</source>
        <translation type="vanished">
            <numerusform>R12 : la console de %1 le fusionne (même e-mail ou même identifiant dans les locataires par défaut) en un utilisateur de %n enregistrement : %2.</numerusform>
            <numerusform>R12 : la console de %1 le fusionne (même e-mail ou même identifiant dans les locataires par défaut) en un utilisateur de %n enregistrements : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading records</source>
        <translation type="vanished">lecture des enregistrements</translation>
    </message>
    <message>
        <source>reading runtimes</source>
        <translation type="vanished">lecture des environnements d&apos;exécution</translation>
    </message>
    <message>
        <source>No runtime named &quot;%1&quot;.</source>
        <translation type="vanished">Aucun environnement d&apos;exécution nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A runtime named &quot;%1&quot; already exists.</source>
        <translation type="vanished">Un environnement d&apos;exécution nommé &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <source>A runtime named &quot;%1&quot; already exists in this infrastructure.</source>
        <translation type="vanished">Un environnement d&apos;exécution nommé &quot;%1&quot; existe déjà dans cette infrastructure.</translation>
    </message>
    <message>
        <source>renaming a runtime</source>
        <translation type="vanished">renommage d&apos;un environnement d&apos;exécution</translation>
    </message>
    <message>
        <source>removing a runtime</source>
        <translation type="vanished">retrait d&apos;un environnement d&apos;exécution</translation>
    </message>
    <message>
        <source>reading a tenant&apos;s records</source>
        <translation type="vanished">lecture des enregistrements d&apos;un locataire</translation>
    </message>
    <message>
        <source>reading tenant kinds</source>
        <translation type="vanished">lecture des types de locataire</translation>
    </message>
    <message>
        <source>The workspace is damaged: unknown tenant kind %1.</source>
        <translation type="vanished">L&apos;espace de travail est endommagé : type de locataire inconnu %1.</translation>
    </message>
    <message>
        <source>reading tenants</source>
        <translation type="vanished">lecture des locataires</translation>
    </message>
    <message>
        <source>setting a tenant kind</source>
        <translation type="vanished">définition d&apos;un type de locataire</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation type="vanished">liste des utilisateurs</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Annulé.</translation>
    </message>
    <message>
        <source>counting users</source>
        <translation type="vanished">décompte des utilisateurs</translation>
    </message>
    <message>
        <source>Database error while listing users: %1</source>
        <translation type="vanished">Erreur de base de données lors de la liste des utilisateurs : %1</translation>
    </message>
</context>
<context>
    <name>AggregateKeys</name>
    <message>
        <location filename="../src/storage/AggregateKeys.cpp" line="+26"/>
        <location line="+80"/>
        <source>updating counts</source>
        <translation>mise à jour des décomptes</translation>
    </message>
    <message>
        <source>Rewriting the count keys</source>
        <translation type="vanished">La réécriture des clés de décompte</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>reading counts</source>
        <translation>la lecture des décomptes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Internal error: the count of key &quot;%1&quot; would fall below zero.</source>
        <translation>Erreur interne : le décompte de la clé « %1 » deviendrait négatif.</translation>
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
        <translation type="vanished">Utilisation : headcount-cli [--db FICHIER] COMMANDE [ARGUMENTS]

Maintient la licence utilisateurs finaux d&apos;une plateforme low-code en conformité : compte les utilisateurs
internes et externes uniques des environnements d&apos;exécution d&apos;une infrastructure face à ses capacités.

Commandes :
  init
  infra add NOM [--model internal-external|named] [--platform VERSION]
  infra set [--infra NOM] [--platform VERSION|unset] [--model internal-external|named]
  infra rename [--infra NOM] NOUVEAU_NOM
  infra remove NOM --yes
  infra list [--json]
  tenant list [--infra NOM] [--json]
  tenant set [--infra NOM] --kind default|app|it [--dry-run [--json]] LOCATAIRE...
                                    (&apos;(default)&apos; : les enregistrements sans locataire)
  capacity set [--infra NOM] (--internal N --external N | --named N)
  runtime add [--infra NOM] NOM
  runtime rename [--infra NOM] NOM NOUVEAU_NOM
  runtime remove [--infra NOM] NOM --yes
  runtime list [--infra NOM] [--json]
  domain add|remove [--infra NOM] [--dry-run [--json]] DOMAINE...
  domain list [--infra NOM] [--json]
  import [--infra NOM] --runtime NOM [--format csv|json] [--mode replace|merge] [--skip-bad-rows]
         [--allow-shrink] FICHIER   (un remplacement qui retire plus de la moitié d&apos;un environnement exige --allow-shrink)
  check                                  (contrôle d&apos;intégrité complet de l&apos;espace de travail)
  counts [--infra NOM] [--json]
  users [--infra NOM] [--runtime NOM] [--search TEXTE] [--class internal|external]
        [--status counted|it_user|inactive|anonymous] [--group NOM] [--json]
  explain [--infra NOM] --runtime NOM IDENTIFIANT
  deactivate [--infra NOM] (--runtime NOM IDENTIFIANT... | --not-logged-in-since DATE) [--dry-run]
  deactivate [--infra NOM] --group NOM [--runtime NOM] [--not-logged-in-since DATE] [--dry-run]
  activate [--infra NOM] --runtime NOM IDENTIFIANT...       (annule une désactivation faite ici)
  it-user [--infra NOM] --runtime NOM [--clear] IDENTIFIANT... (marque ou démarque des utilisateurs IT)
  link [--infra NOM] --runtime NOM [--other-runtime NOM] IDENTIFIANT AUTRE_IDENTIFIANT
  split [--infra NOM] --runtime NOM [--undo] IDENTIFIANT...  (tient à l&apos;écart de l&apos;association automatique)
  groups import [--infra NOM] --runtime NOM [--format csv|json] [--skip-bad-rows] FICHIER
                                    (appartenances aux groupes : colonnes Group et Username, Tenant facultative)
  groups list [--infra NOM] [--json]
  report [--infra NOM | --all] [--pseudonymise] [--inactive-days N] --output FICHIER.pdf|FICHIER.html
                                    (le rapport de conformité ; --all : une synthèse de toutes les infrastructures)
  fingerprint [--infra NOM]         (recalcule le SHA-256 imprimé dans le rapport)

Options :
  --db FICHIER la base de données de l&apos;espace de travail (par défaut : $HEADCOUNT_DB, sinon celui de la console)
  --infra NOM  peut être omis tant que l&apos;espace de travail n&apos;a qu&apos;une infrastructure
  --help       affiche cette aide
  --version    affiche la version

Code de sortie : 0 succès, 1 échec (une ligne &apos;error:&apos; sur stderr), 2 erreur d&apos;utilisation.
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
        <translation>Utilisation : headcount-cli [--db FICHIER] COMMANDE [ARGUMENTS]

Maintient la licence utilisateurs finaux d&apos;une plateforme low-code en conformité : compte les utilisateurs
internes et externes uniques des environnements d&apos;exécution d&apos;une infrastructure face à ses capacités.

Commandes :
  init
  infra add NOM [--model internal-external|named] [--platform VERSION]
  infra set [--infra NOM] [--platform VERSION|unset] [--model internal-external|named]
  infra rename [--infra NOM] NOUVEAU_NOM
  infra remove NOM --yes
  infra list [--json]
  tenant list [--infra NOM] [--json]
  tenant set [--infra NOM] --kind default|app|it [--dry-run [--json]] LOCATAIRE...
                                    (&apos;(default)&apos; : les enregistrements sans locataire)
  capacity set [--infra NOM] (--internal N --external N | --named N)
  runtime add [--infra NOM] NOM
  runtime rename [--infra NOM] NOM NOUVEAU_NOM
  runtime remove [--infra NOM] NOM --yes
  runtime list [--infra NOM] [--json]
  domain add|remove [--infra NOM] [--dry-run [--json]] DOMAINE...
  domain list [--infra NOM] [--json]
  import [--infra NOM] --runtime NOM [--format csv|json] [--mode replace|merge] [--skip-bad-rows]
         [--allow-shrink] FICHIER   (un remplacement qui retire plus de la moitié d&apos;un environnement exige --allow-shrink)
  check                                  (contrôle d&apos;intégrité complet de l&apos;espace de travail)
  counts [--infra NOM] [--json]
  users [--infra NOM] [--runtime NOM] [--search TEXTE] [--class internal|external]
        [--status counted|it_user|inactive|anonymous] [--group NOM] [--json]
  explain [--infra NOM] --runtime NOM IDENTIFIANT
  deactivate [--infra NOM] (--runtime NOM IDENTIFIANT... | --not-logged-in-since DATE) [--dry-run]
  deactivate [--infra NOM] --group NOM [--runtime NOM] [--not-logged-in-since DATE] [--dry-run]
  activate [--infra NOM] --runtime NOM IDENTIFIANT...       (annule une désactivation faite ici)
  it-user [--infra NOM] --runtime NOM [--clear] IDENTIFIANT... (marque ou démarque des utilisateurs IT)
  link [--infra NOM] --runtime NOM [--other-runtime NOM] IDENTIFIANT AUTRE_IDENTIFIANT
  split [--infra NOM] --runtime NOM [--undo] IDENTIFIANT...  (tient à l&apos;écart de l&apos;association automatique)
  groups import [--infra NOM] --runtime NOM [--format csv|json] [--skip-bad-rows] FICHIER
                                    (appartenances aux groupes : colonnes Group et Username, Tenant facultative)
  groups list [--infra NOM] [--json]
  report [--infra NOM | --all] [--pseudonymise] [--inactive-days N] --output FICHIER.pdf|FICHIER.html
                                    (le rapport de conformité ; --all : une synthèse de toutes les infrastructures)
  fingerprint [--infra NOM]         (recalcule le SHA-256 imprimé dans le rapport)
  history [--infra NOM] [--json]    (instantanés des décomptes et prévision de capacité)

Options :
  --db FICHIER la base de données de l&apos;espace de travail (par défaut : $HEADCOUNT_DB, sinon celui de la console)
  --infra NOM  peut être omis tant que l&apos;espace de travail n&apos;a qu&apos;une infrastructure
  --help       affiche cette aide
  --version    affiche la version

Code de sortie : 0 succès, 1 échec (une ligne &apos;error:&apos; sur stderr), 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+11"/>
        <source>option &apos;--db&apos; needs a value</source>
        <translation>l&apos;option &apos;--db&apos; exige une valeur</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+6"/>
        <location line="+46"/>
        <source>option &apos;--db&apos; given more than once</source>
        <translation>option &apos;--db&apos; donnée plus d&apos;une fois</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown command &apos;%1 %2&apos; (use %3)</source>
        <translation>commande inconnue &apos;%1 %2&apos; (utilisez %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; needs a sub-command: %2</source>
        <translation>&apos;%1&apos; exige une sous-commande : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is missing an argument</source>
        <translation>il manque un argument à &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>argument inattendu &apos;%1&apos; pour &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <location filename="../src/cli/CommandContext.cpp" line="+27"/>
        <source>no workspace at %1 (create one with &apos;headcount-cli init&apos;)</source>
        <translation>aucun espace de travail à %1 (créez-en un avec &apos;headcount-cli init&apos;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>waiting for another process using the workspace…</source>
        <translation>attente d&apos;un autre processus qui utilise l&apos;espace de travail…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="+26"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown option &apos;--%1&apos;</source>
        <translation>option inconnue &apos;--%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &apos;--%1&apos; given more than once</source>
        <translation>option &apos;--%1&apos; donnée plus d&apos;une fois</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation>l&apos;option &apos;--%1&apos; exige une valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>l&apos;option &apos;--%1&apos; ne prend pas de valeur</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../src/cli/Console.cpp" line="+59"/>
        <source>Try &apos;headcount-cli --help&apos;.</source>
        <translation>Essayez &apos;headcount-cli --help&apos;.</translation>
    </message>
</context>
<context>
    <name>CountsEngine</name>
    <message>
        <location filename="../src/storage/CountsEngine.cpp" line="+65"/>
        <location line="+7"/>
        <source>updating runtime counts</source>
        <translation>mise à jour des décomptes par environnement</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+11"/>
        <source>reading links</source>
        <translation>lecture des liens</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation type="vanished">lecture d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>matching records</source>
        <translation type="vanished">association des enregistrements</translation>
    </message>
    <message>
        <source>Identity merging needs the SQLite driver.</source>
        <translation type="vanished">La fusion des identités nécessite le pilote SQLite.</translation>
    </message>
    <message>
        <source>Identity merging</source>
        <translation type="vanished">La fusion des identités</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>storing individuals</source>
        <translation>enregistrement des personnes</translation>
    </message>
    <message>
        <source>reading counts</source>
        <translation type="vanished">lecture des décomptes</translation>
    </message>
    <message>
        <source>No infrastructure with id %1.</source>
        <translation type="vanished">Aucune infrastructure avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>reading domains</source>
        <translation type="vanished">lecture des domaines</translation>
    </message>
    <message>
        <source>reading runtimes</source>
        <translation type="vanished">lecture des environnements d&apos;exécution</translation>
    </message>
</context>
<context>
    <name>CountsHistory</name>
    <message>
        <location filename="../src/storage/CountsHistory.cpp" line="+77"/>
        <source>writing the count history</source>
        <translation>écriture de l&apos;historique des décomptes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>coalescing the count history</source>
        <translation>regroupement de l&apos;historique des décomptes</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <source>reading the count history</source>
        <translation>lecture de l&apos;historique des décomptes</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>a count snapshot has the time &apos;%1&apos; and the model &apos;%2&apos;</source>
        <translation>un instantané des décomptes a l&apos;heure &apos;%1&apos; et le modèle &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>CountsRebuild</name>
    <message>
        <location filename="../src/storage/CountsRebuild.cpp" line="+57"/>
        <location line="+21"/>
        <source>reading records</source>
        <translation>lecture des enregistrements</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading links</source>
        <translation>lecture des liens</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>storing individuals</source>
        <translation>enregistrement des personnes</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <location line="+8"/>
        <source>updating counts</source>
        <translation>mise à jour des décomptes</translation>
    </message>
    <message>
        <source>Recounting an infrastructure</source>
        <translation type="vanished">Le recomptage d&apos;une infrastructure</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">Le pilote de base de données ne fournit pas de handle SQLite.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <source>reading runtimes</source>
        <translation>lecture des environnements d&apos;exécution</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>reading infrastructures</source>
        <translation>lecture des infrastructures</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../src/storage/DatabaseUrl.cpp" line="+25"/>
        <source>%1: not a valid PostgreSQL URL: %2 (expected %3).</source>
        <translation>%1 : pas une URL PostgreSQL valide : %2 (attendu : %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No workspace given.</source>
        <translation>Aucun espace de travail indiqué.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;//&quot; is missing after the scheme</source>
        <translation>il manque « // » après le schéma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; databases are not supported; give the path of a workspace file or a shared workspace as %3.</source>
        <translation>%1 : les bases de données « %2 » ne sont pas prises en charge ; indiquez le chemin d&apos;un fichier d&apos;espace de travail ou un espace de travail partagé sous la forme %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a URL fragment (&quot;#…&quot;) is not allowed</source>
        <translation>un fragment d&apos;URL (« #… ») n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>no database name</source>
        <translation>aucun nom de base de données</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+9"/>
        <source>no user name</source>
        <translation>aucun nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+49"/>
        <source>%1: the URL holds a password; passwords go in .pgpass or PGPASSFILE, never on the command line.</source>
        <translation>%1 : l&apos;URL contient un mot de passe ; les mots de passe vont dans .pgpass ou PGPASSFILE, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>no host name</source>
        <translation>aucun nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a host name or a host name and port</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte ni un nom d&apos;hôte suivi d&apos;un port</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the database name &quot;%1&quot; holds a &quot;/&quot;</source>
        <translation>le nom de base de données « %1 » contient un « / »</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the option &quot;%1&quot; has no value</source>
        <translation>l&apos;option « %1 » n&apos;a pas de valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the option &quot;%1&quot; is given twice</source>
        <translation>l&apos;option « %1 » est donnée deux fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value of &quot;%1&quot; holds a &quot;;&quot;</source>
        <translation>la valeur de « %1 » contient un « ; »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sslmode must be one of %1</source>
        <translation>sslmode doit être l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>connect_timeout must be a number of seconds</source>
        <translation>connect_timeout doit être un nombre de secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the option &quot;%2&quot; is not supported (supported: sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</source>
        <translation>%1 : l&apos;option « %2 » n&apos;est pas prise en charge (prises en charge : sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</translation>
    </message>
</context>
<context>
    <name>DeactivateCommand</name>
    <message>
        <location filename="../src/cli/DeactivateCommand.cpp" line="+24"/>
        <source>--group takes no user names (unexpected &apos;%1&apos;)</source>
        <translation>--group ne prend pas de noms d&apos;utilisateur (&apos;%1&apos; inattendu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --runtime NAME USERNAME..., --not-logged-in-since DATE or --group NAME</source>
        <translation>indiquez soit --runtime NOM IDENTIFIANT..., soit --not-logged-in-since DATE, soit --group NOM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name the users to deactivate after --runtime NAME</source>
        <translation>nommez les utilisateurs à désactiver après --runtime NOM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--not-logged-in-since takes no user names (unexpected &apos;%1&apos;)</source>
        <translation>--not-logged-in-since ne prend pas de noms d&apos;utilisateur (&apos;%1&apos; inattendu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; n&apos;est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no user &quot;%1&quot; in runtime &quot;%2&quot;</source>
        <translation>aucun utilisateur &quot;%1&quot; dans l&apos;environnement &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No records to deactivate.</source>
        <translation>Aucun enregistrement à désactiver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runtime</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Dry run: %n record(s) would be deactivated; nothing was changed.</source>
        <translation>
            <numerusform>Simulation : %n enregistrement serait désactivé ; rien n&apos;a été modifié.</numerusform>
            <numerusform>Simulation : %n enregistrements seraient désactivés ; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Deactivated %n record(s):</source>
        <translation>
            <numerusform>%n enregistrement désactivé :</numerusform>
            <numerusform>%n enregistrements désactivés :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unique individuals now: %1.</source>
        <translation>Personnes uniques désormais : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique individuals now: internal %1, external %2.</source>
        <translation>Personnes uniques désormais : %1 internes, %2 externes.</translation>
    </message>
</context>
<context>
    <name>DecisionCommands</name>
    <message>
        <location filename="../src/cli/DecisionCommands.cpp" line="+39"/>
        <source>&apos;%1&apos; needs --runtime NAME</source>
        <translation>&apos;%1&apos; exige --runtime NOM</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unique users now: %1 named.</source>
        <translation>Utilisateurs uniques désormais : %1 nominatifs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique users now: %1 internal, %2 external.</source>
        <translation>Utilisateurs uniques désormais : %1 internes, %2 externes.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Re-activated %n user(s) in Headcount (the export&apos;s own Is_Active applies again).</source>
        <translation>
            <numerusform>%n utilisateur réactivé dans Headcount (le Is_Active de l&apos;export s&apos;applique à nouveau).</numerusform>
            <numerusform>%n utilisateurs réactivés dans Headcount (le Is_Active de l&apos;export s&apos;applique à nouveau).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Cleared the IT-user flag of %n user(s).</source>
        <translation>
            <numerusform>Marqueur d&apos;utilisateur IT retiré pour %n utilisateur.</numerusform>
            <numerusform>Marqueur d&apos;utilisateur IT retiré pour %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Marked %n user(s) as IT users (not counted).</source>
        <translation>
            <numerusform>%n utilisateur marqué comme utilisateur IT (non compté).</numerusform>
            <numerusform>%n utilisateurs marqués comme utilisateurs IT (non comptés).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;link&apos; needs --runtime NAME USERNAME OTHER_USERNAME [--other-runtime NAME]</source>
        <translation>&apos;link&apos; exige --runtime NOM IDENTIFIANT AUTRE_IDENTIFIANT [--other-runtime NOM]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linked %1 and %2: one individual.</source>
        <translation>%1 et %2 liés : une seule personne.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n user(s) match automatically again.</source>
        <translation>
            <numerusform>%n utilisateur est de nouveau associé automatiquement.</numerusform>
            <numerusform>%n utilisateurs sont de nouveau associés automatiquement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Split %n user(s) from automatic matching (only links join them).</source>
        <translation>
            <numerusform>%n utilisateur séparé de l&apos;association automatique (seuls les liens le réunissent).</numerusform>
            <numerusform>%n utilisateurs séparés de l&apos;association automatique (seuls les liens les réunissent).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainList</name>
    <message>
        <location filename="../src/core/DomainList.cpp" line="+29"/>
        <source>an e-mail address, not a domain: give only the part after @ (%1)</source>
        <translation>une adresse e-mail, pas un domaine : indiquez seulement la partie après @ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an e-mail address, not a domain</source>
        <translation>une adresse e-mail, pas un domaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains a space: separate domains with new lines, commas or semicolons</source>
        <translation>contient une espace : séparez les domaines par des retours à la ligne, des virgules ou des points-virgules</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a web address, not a domain: give only the host name (e.g. example.com)</source>
        <translation>une adresse web, pas un domaine : indiquez seulement le nom d&apos;hôte (p. ex. example.com)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs at least two labels separated by a dot (e.g. example.com)</source>
        <translation>exige au moins deux libellés séparés par un point (p. ex. example.com)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an empty label (two dots in a row, or a dot at the start)</source>
        <translation>a un libellé vide (deux points à la suite, ou un point au début)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>le libellé &quot;%1&quot; commence ou finit par un trait d&apos;union</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label &quot;%1…&quot; is longer than 63 characters</source>
        <translation>le libellé &quot;%1…&quot; dépasse 63 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains &quot;%1&quot;: only letters, digits and hyphens between dots</source>
        <translation>contient &quot;%1&quot; : seulement des lettres, des chiffres et des traits d&apos;union entre les points</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a valid domain name (R1: letters, digits and hyphens between dots)</source>
        <translation>pas un nom de domaine valide (R1 : lettres, chiffres et traits d&apos;union entre les points)</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <location filename="../src/core/History.cpp" line="+124"/>
        <source>Internal users</source>
        <translation>Utilisateurs internes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External users</source>
        <translation>Utilisateurs externes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named users</source>
        <translation>Utilisateurs nominatifs</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: no capacity set, nothing to forecast.</source>
        <translation>%1 : aucune capacité définie, rien à prévoir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not enough history for a forecast yet (counts of at least two days are needed).</source>
        <translation>%1 : pas encore assez d&apos;historique pour une prévision (il faut les décomptes d&apos;au moins deux jours).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>fitted over %n day(s) with counts in the last %1 days; %2 a day</source>
        <translation>
            <numerusform>ajustée sur %n jour avec décomptes dans les %1 derniers jours ; %2 par jour</numerusform>
            <numerusform>ajustée sur %n jours avec décomptes dans les %1 derniers jours ; %2 par jour</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no trend yet</source>
        <translation>pas encore de tendance</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>do not reach 80 % of the capacity within %n day(s)</source>
        <translation>
            <numerusform>n&apos;atteignent pas 80 % de la capacité d&apos;ici %n jour</numerusform>
            <numerusform>n&apos;atteignent pas 80 % de la capacité d&apos;ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at 80 % of the capacity already</source>
        <translation>déjà à 80 % de la capacité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reach 80 % of the capacity on %1</source>
        <translation>atteignent 80 % de la capacité le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at or over 100 % already</source>
        <translation>déjà à 100 % ou au-delà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 % on %1</source>
        <translation>100 % le %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>not 100 % within %n day(s)</source>
        <translation>
            <numerusform>pas 100 % d&apos;ici %n jour</numerusform>
            <numerusform>pas 100 % d&apos;ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, %3 (%4).</source>
        <translation>%1 : %2, %3 (%4).</translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <location filename="../src/cli/GroupCommands.cpp" line="+18"/>
        <source>groups import needs --runtime NAME</source>
        <translation>groups import exige --runtime NOM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format &apos;%1&apos; (use csv or json)</source>
        <translation>format inconnu &apos;%1&apos; (utilisez csv ou json)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Imported groups from %1 into runtime %2 of %3: %n group(s)</source>
        <translation>
            <numerusform>Groupes importés de %1 dans l&apos;environnement %2 de %3 : %n groupe</numerusform>
            <numerusform>Groupes importés de %1 dans l&apos;environnement %2 de %3 : %n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n membership(s) (replacing %1).</source>
        <translation>
            <numerusform>, %n appartenance (remplace %1).</numerusform>
            <numerusform>, %n appartenances (remplace %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %n repeated line(s) ignored</source>
        <translation>
            <numerusform>  %n ligne répétée ignorée</numerusform>
            <numerusform>  %n lignes répétées ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %n bad row(s) skipped</source>
        <translation>
            <numerusform>  %n ligne erronée ignorée</numerusform>
            <numerusform>  %n lignes erronées ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  unknown columns ignored: %1</source>
        <translation>  colonnes inconnues ignorées : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>  %n member(s) match no user of the runtime: %1</source>
        <translation>
            <numerusform>  %n membre ne correspond à aucun utilisateur de l&apos;environnement : %1</numerusform>
            <numerusform>  %n membres ne correspondent à aucun utilisateur de l&apos;environnement : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No groups (import them with &apos;headcount-cli groups import --runtime NAME FILE&apos;).</source>
        <translation>Aucun groupe (importez-les avec &apos;headcount-cli groups import --runtime NOM FICHIER&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runtimes</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no group named &quot;%1&quot; (see &apos;headcount-cli groups list&apos;)</source>
        <translation>aucun groupe nommé &quot;%1&quot; (voir &apos;headcount-cli groups list&apos;)</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../src/cli/HistoryCommand.cpp" line="+28"/>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Named</source>
        <translation>Nominatifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Internes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Externes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap. internal</source>
        <translation>Cap. interne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cap. external</source>
        <translation>Cap. externe</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n snapshot(s) stored; the last of each day is shown.</source>
        <translation>
            <numerusform>%n instantané enregistré ; le dernier de chaque jour est affiché.</numerusform>
            <numerusform>%n instantanés enregistrés ; le dernier de chaque jour est affiché.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="+17"/>
        <source>import needs --runtime NAME</source>
        <translation>import exige --runtime NOM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown format &apos;%1&apos; (use csv or json)</source>
        <translation>format inconnu &apos;%1&apos; (utilisez csv ou json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown import mode &apos;%1&apos; (use replace or merge)</source>
        <translation>mode d&apos;import inconnu &apos;%1&apos; (utilisez replace ou merge)</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n more short row(s) not listed</source>
        <translation>
            <numerusform>%n autre ligne trop courte non listée</numerusform>
            <numerusform>%n autres lignes trop courtes non listées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 (%2 records) into runtime %3 of %4 (%5).</source>
        <translation>%1 (%2 enregistrements) importé dans l&apos;environnement %3 de %4 (%5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replace</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  added %1, changed %2, removed %3, unchanged %4, skipped %5</source>
        <translation>  ajoutés %1, modifiés %2, retirés %3, inchangés %4, ignorés %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  read as JSON, %1</source>
        <translation>  lu comme JSON, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  read as CSV, %1, delimiter %2</source>
        <translation>  lu comme CSV, %1, délimiteur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  unknown columns ignored: %1</source>
        <translation>  colonnes inconnues ignorées : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Password column dropped, never stored</source>
        <translation>  colonne Password écartée, jamais enregistrée</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  removed: </source>
        <translation>  retirés : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  deactivated here but still active on the platform: </source>
        <translation>  désactivés ici mais encore actifs sur la plateforme : </translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Open a workspace file</source>
        <translation>Ouvrir un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a runtime&apos;s user export (CSV or JSON)</source>
        <translation>Importer l&apos;export des utilisateurs d&apos;un environnement d&apos;exécution (CSV ou JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a runtime&apos;s user export</source>
        <translation>Importer l&apos;export des utilisateurs d&apos;un environnement d&apos;exécution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit Headcount</source>
        <translation>Quitter Headcount</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the counts again (changes made by headcount-cli or other users)</source>
        <translation>Relire les décomptes (modifications faites par headcount-cli ou d&apos;autres utilisateurs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the counts again</source>
        <translation>Relire les décomptes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the undone change again</source>
        <translation>Refaire la modification annulée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Headcount</source>
        <translation>À &amp;propos de Headcount</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>QueryCommands</name>
    <message>
        <location filename="../src/cli/QueryCommands.cpp" line="+26"/>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Infrastructure %1 (%2, platform %3)</source>
        <translation>Infrastructure %1 (%2, plateforme %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>11.11.3 or later</source>
        <translation>11.11.3 ou ultérieure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licensed</source>
        <translation>Sous licence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unique individuals: %1</source>
        <translation>Personnes uniques : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+182"/>
        <source>Runtime</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+29"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Internes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Externes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform int.</source>
        <translation>Plateforme int.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform ext.</source>
        <translation>Plateforme ext.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform total</source>
        <translation>Plateforme total</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No runtimes.</source>
        <translation>Aucun environnement d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(sum)</source>
        <translation>(somme)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excluded</source>
        <translation>Exclus</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+3"/>
        <location line="+19"/>
        <source>cannot write the list to standard output: %1</source>
        <translation>impossible d&apos;écrire la liste sur la sortie standard : %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1; and standard output could not be cut back: %2</source>
        <translation>%1 ; et la sortie standard n&apos;a pas pu être raccourcie : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create a temporary file for the list: %1</source>
        <translation>impossible de créer un fichier temporaire pour la liste : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>cannot write the list: %1</source>
        <translation>impossible d&apos;écrire la liste : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the list back: %1</source>
        <translation>impossible de relire la liste : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown class &apos;%1&apos; (use internal or external)</source>
        <translation>classe inconnue &apos;%1&apos; (utilisez internal ou external)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown status &apos;%1&apos; (use counted, it_user, inactive or anonymous)</source>
        <translation>statut inconnu &apos;%1&apos; (utilisez counted, it_user, inactive ou anonymous)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--output needs a file name</source>
        <translation>--output exige un nom de fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output writes CSV; it cannot be combined with --json</source>
        <translation>--output écrit du CSV ; il ne peut pas être combiné avec --json</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>wrote %1 (%n record(s))</source>
        <translation>
            <numerusform>%1 écrit (%n enregistrement)</numerusform>
            <numerusform>%1 écrit (%n enregistrements)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No records match.</source>
        <translation>Aucun enregistrement ne correspond.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Individual</source>
        <translation>Personne</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Workspace %1: integrity check passed.</source>
        <translation>Espace de travail %1 : contrôle d&apos;intégrité réussi.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>the workspace is damaged: %n problem(s) found; restore a backup</source>
        <translation>
            <numerusform>l&apos;espace de travail est endommagé : %n problème trouvé ; restaurez une sauvegarde</numerusform>
            <numerusform>l&apos;espace de travail est endommagé : %n problèmes trouvés ; restaurez une sauvegarde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>explain needs --runtime NAME</source>
        <translation>explain exige --runtime NOM</translation>
    </message>
</context>
<context>
    <name>ReclaimList</name>
    <message>
        <location filename="../src/report/ReclaimList.cpp" line="+46"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <location filename="../src/core/Reconciliation.cpp" line="+22"/>
        <source>The platform&apos;s consoles add up to the unique count (%1).</source>
        <translation>Les consoles de la plateforme totalisent le décompte unique (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s consoles add up to %1, fewer than the %2 unique individuals: records split here are counted apart, which the platform does not know.</source>
        <translation>Les consoles de la plateforme totalisent %1, moins que les %2 personnes uniques : les enregistrements séparés ici sont comptés à part, ce que la plateforme ignore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s consoles add up to %1, %2 more than the %3 unique individuals the licence is measured against: each console counts only its own runtime, so a person with accounts on several runtimes counts once per runtime, and an account in a multi-tenant app&apos;s tenant counts once per tenant.</source>
        <translation>Les consoles de la plateforme totalisent %1, soit %2 de plus que les %3 personnes uniques sur lesquelles la licence est mesurée : chaque console ne compte que son propre environnement, donc une personne ayant des comptes sur plusieurs environnements compte une fois par environnement, et un compte dans le locataire d&apos;une application multi-locataire compte une fois par locataire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Platform %1 (before 11.11.3) also counts a person&apos;s accounts in several user providers separately.</source>
        <translation>La plateforme %1 (antérieure à 11.11.3) compte en outre séparément les comptes d&apos;une personne dans plusieurs fournisseurs d&apos;utilisateurs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>named</source>
        <translation>nominatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external</source>
        <translation>externe</translation>
    </message>
</context>
<context>
    <name>RecordSnapshot</name>
    <message>
        <location filename="../src/gui/RecordSnapshot.cpp" line="+27"/>
        <location line="+20"/>
        <source>Could not keep the records for undo in %1: %2</source>
        <translation>Impossible de conserver les enregistrements pour l&apos;annulation dans %1 : %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The records kept for undo are gone (%1): %2</source>
        <translation>Les enregistrements conservés pour l&apos;annulation ont disparu (%1) : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>The records kept for undo are damaged (%1).</source>
        <translation>Les enregistrements conservés pour l&apos;annulation sont endommagés (%1).</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../src/cli/ReportCommands.cpp" line="+33"/>
        <source>&apos;report&apos; needs --output FILE.pdf or FILE.html</source>
        <translation>&apos;report&apos; exige --output FICHIER.pdf ou FICHIER.html</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--output must name a .pdf or .html file: &apos;%1&apos;</source>
        <translation>--output doit nommer un fichier .pdf ou .html : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either --infra or --all, not both</source>
        <translation>indiquez soit --infra soit --all, pas les deux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--inactive-days needs a number of days from 1 to 36500</source>
        <translation>--inactive-days exige un nombre de jours entre 1 et 36500</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 écrit (%n page)</numerusform>
            <numerusform>%1 écrit (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fingerprint %1: %2</source>
        <translation>empreinte %1 : %2</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../src/core/Rules.cpp" line="+168"/>
        <source>R1/R2: e-mail is %1 (from the Email field &quot;%2&quot;).</source>
        <translation>R1/R2 : l&apos;e-mail est %1 (du champ Email &quot;%2&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R1/R2: the Email field &quot;%1&quot; is not a valid address; the Username &quot;%2&quot; is, so the e-mail is %3.</source>
        <translation>R1/R2 : le champ Email &quot;%1&quot; n&apos;est pas une adresse valide ; le Username &quot;%2&quot; en est une, donc l&apos;e-mail est %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R1/R2: neither Email (&quot;%1&quot;) nor Username (&quot;%2&quot;) is a valid address: no valid e-mail.</source>
        <translation>R1/R2 : ni Email (&quot;%1&quot;) ni Username (&quot;%2&quot;) n&apos;est une adresse valide : aucun e-mail valide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R5.1: its tenant &quot;%1&quot; is the IT users&apos; tenant (kind it): not counted (it_user).</source>
        <translation>R5.1 : son locataire &quot;%1&quot; est celui des utilisateurs IT (type it) : non compté (it_user).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.1: marked as IT user by the administrator: not counted (it_user).</source>
        <translation>R5.1 : marqué comme utilisateur IT par l&apos;administrateur : non compté (it_user).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R5.1: the export flags an IT user: not counted (it_user).</source>
        <translation>R5.1 : l&apos;export signale un utilisateur IT : non compté (it_user).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.2: deactivated in Headcount: not counted (inactive).</source>
        <translation>R5.2 : désactivé dans Headcount : non compté (inactive).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R5.2: inactive in the export: not counted (inactive).</source>
        <translation>R5.2 : inactif dans l&apos;export : non compté (inactive).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.3: never logged in and shares no personal data: not counted (anonymous).</source>
        <translation>R5.3 : jamais connecté et ne partage aucune donnée personnelle : non compté (anonymous).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R5.1: the export flags an IT user, but the administrator cleared the flag.</source>
        <translation>R5.1 : l&apos;export signale un utilisateur IT, mais l&apos;administrateur a retiré le marqueur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.2: inactive in the export, but re-activated in Headcount.</source>
        <translation>R5.2 : inactif dans l&apos;export, mais réactivé dans Headcount.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R5: not an IT user, active, and %1: counted.</source>
        <translation>R5 : pas un utilisateur IT, actif et %1 : compté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shares personal data</source>
        <translation>partage des données personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last logged in %1</source>
        <translation>dernière connexion le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R9: named-user model: no internal/external classification.</source>
        <translation>R9 : modèle d&apos;utilisateurs nominatifs : pas de classement interne/externe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R4: the infrastructure has no owned domains: internal.</source>
        <translation>R4 : l&apos;infrastructure n&apos;a aucun domaine propre : interne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R4: no valid e-mail: internal.</source>
        <translation>R4 : aucun e-mail valide : interne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R3/R4: domain %1 is an owned domain: internal.</source>
        <translation>R3/R4 : le domaine %1 est un domaine propre : interne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R3/R4: domain %1 is not an owned domain (matching is exact; subdomains are listed on their own): external.</source>
        <translation>R3/R4 : le domaine %1 n&apos;est pas un domaine propre (la comparaison est exacte ; les sous-domaines sont listés à part) : externe.</translation>
    </message>
</context>
<context>
    <name>RuntimeImport</name>
    <message>
        <location filename="../src/storage/ImportRun.cpp" line="+79"/>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation>Import annulé : l&apos;espace de travail est resté tel quel.</translation>
    </message>
    <message>
        <source>reading decisions</source>
        <translation type="vanished">lecture des décisions</translation>
    </message>
    <message>
        <source>Database error while reading the runtime&apos;s records: %1</source>
        <translation type="vanished">Erreur de base de données lors de la lecture des enregistrements de l&apos;environnement : %1</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportRunMerge.cpp" line="+51"/>
        <location filename="../src/storage/PreviousRecords.cpp" line="+51"/>
        <location line="+15"/>
        <location line="+44"/>
        <source>reading the runtime&apos;s records</source>
        <translation>lecture des enregistrements de l&apos;environnement</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportRun.cpp" line="+151"/>
        <source>This export would remove %1 of the runtime&apos;s %2 records (more than half), e.g. %3%4. Nothing was changed; confirm the import (--allow-shrink) if that is right.</source>
        <translation>Cet export retirerait %1 des %2 enregistrements de l&apos;environnement (plus de la moitié), p. ex. %3%4. Rien n&apos;a été modifié ; confirmez l&apos;import (--allow-shrink) si c&apos;est correct.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading the infrastructure</source>
        <translation>la lecture de l&apos;infrastructure</translation>
    </message>
    <message>
        <source>Database error while reading the other runtimes: %1</source>
        <translation type="vanished">Erreur de base de données lors de la lecture des autres environnements : %1</translation>
    </message>
    <message>
        <source>reading the other runtimes</source>
        <translation type="vanished">lecture des autres environnements</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+6"/>
        <source>reading links</source>
        <translation>lecture des liens</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportRunWrite.cpp" line="+35"/>
        <source>replacing the runtime&apos;s records</source>
        <translation>remplacement des enregistrements de l&apos;environnement</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>storing the infrastructure&apos;s serials</source>
        <translation>l&apos;enregistrement des numéros de série de l&apos;infrastructure</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>storing individuals</source>
        <translation>enregistrement des personnes</translation>
    </message>
    <message>
        <location filename="../src/storage/RowSpool.cpp" line="+28"/>
        <source>Cannot create the import&apos;s temporary file %1: %2</source>
        <translation>Impossible de créer le fichier temporaire de l&apos;importation %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the import&apos;s temporary file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier temporaire de l&apos;importation %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the import&apos;s temporary file %1: %2</source>
        <translation>Impossible de lire le fichier temporaire de l&apos;importation %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the import&apos;s temporary file: the folder for temporary files (TMPDIR) %1 does not exist.</source>
        <translation>Impossible de créer le fichier temporaire de l&apos;importation : le dossier des fichiers temporaires (TMPDIR) %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The import&apos;s temporary file was read before it was written.</source>
        <translation>Le fichier temporaire de l&apos;importation a été lu avant d&apos;être écrit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import&apos;s temporary file %1 ends early: it was changed or cut short while the import ran.</source>
        <translation>Le fichier temporaire de l&apos;importation %1 se termine trop tôt : il a été modifié ou tronqué pendant l&apos;importation.</translation>
    </message>
    <message>
        <location filename="../src/storage/PreviousRecords.cpp" line="+7"/>
        <location line="+16"/>
        <source>The runtime&apos;s records changed while they were imported.</source>
        <translation>Les enregistrements de l&apos;environnement d&apos;exécution ont changé pendant leur importation.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../src/storage/Schema.cpp" line="+201"/>
        <location line="+5"/>
        <location line="+15"/>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a Headcount workspace, or a damaged one: %1</source>
        <translation>Pas un espace de travail Headcount, ou un espace endommagé : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>The workspace is damaged: %1</source>
        <translation>L&apos;espace de travail est endommagé : %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Not a Headcount workspace (it holds other tables).</source>
        <translation>Pas un espace de travail Headcount (il contient d&apos;autres tables).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not a Headcount workspace, or a damaged one (no schema version).</source>
        <translation>Pas un espace de travail Headcount, ou un espace endommagé (aucune version de schéma).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workspace was written by a newer Headcount (schema version %1; this version reads up to %2). It was not modified.</source>
        <translation>Cet espace de travail a été écrit par un Headcount plus récent (version de schéma %1 ; cette version lit jusqu&apos;à %2). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot upgrade this workspace: it needs the SQLite driver.</source>
        <translation>Impossible de mettre à niveau cet espace de travail : il faut le pilote SQLite.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write the schema: %1</source>
        <translation>Impossible d&apos;écrire le schéma : %1</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <location filename="../src/gui/Screenshot.cpp" line="+16"/>
        <source>the window could not be captured</source>
        <translation>la fenêtre n&apos;a pas pu être capturée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SqliteBulkInserter</name>
    <message>
        <location filename="../src/storage/PostgresCopyWriter.cpp" line="+39"/>
        <location filename="../src/storage/SqliteBulkInserter.cpp" line="+83"/>
        <source>writing</source>
        <translation>écriture</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>libpq&apos;s COPY functions are not available</source>
        <translation>Les fonctions COPY de libpq ne sont pas disponibles</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a row has %1 values for %2 columns</source>
        <translation>une ligne a %1 valeurs pour %2 colonnes</translation>
    </message>
    <message>
        <location filename="../src/storage/SqliteBulkInserter.cpp" line="+7"/>
        <location line="+14"/>
        <source>Database error while preparing a bulk insert: %1</source>
        <translation>Erreur de base de données lors de la préparation d&apos;une insertion en masse : %1</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <location filename="../src/gui/StartupOptions.cpp" line="+16"/>
        <source>Headcount: end-user licence compliance console.</source>
        <translation>Headcount : console de conformité de la licence utilisateurs finaux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the workspace FILE (default: $HEADCOUNT_DB, else the last one used).</source>
        <translation>Ouvrir l&apos;espace de travail FICHIER (par défaut : $HEADCOUNT_DB, sinon le dernier utilisé).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save an image of the main window to FILE (PNG) and quit.</source>
        <translation>Enregistrer une image de la fenêtre principale dans FICHIER (PNG) et quitter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the VIEW tab first: dashboard, users, domains, runtimes or reclaim.</source>
        <translation>Afficher d&apos;abord l&apos;onglet VUE : dashboard, users, domains, runtimes ou reclaim.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--view takes dashboard, users, domains, runtimes or reclaim, not &apos;%1&apos;</source>
        <translation>--view prend dashboard, users, domains, runtimes ou reclaim, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show the VIEW tab first: dashboard, users, domains or runtimes.</source>
        <translation type="vanished">Afficher d&apos;abord l&apos;onglet VUE : dashboard, users, domains ou runtimes.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Colours: system, light or dark (default: as chosen in Settings).</source>
        <translation>Couleurs : system, light ou dark (par défaut : comme choisi dans les Paramètres).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace file to open (same as --db).</source>
        <translation>Le fichier d&apos;espace de travail à ouvrir (comme --db).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--theme takes system, light or dark, not &apos;%1&apos;</source>
        <translation>--theme prend system, light ou dark, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--view takes dashboard, users, domains or runtimes, not &apos;%1&apos;</source>
        <translation type="vanished">--view prend dashboard, users, domains ou runtimes, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show the VIEW tab first: dashboard or users.</source>
        <translation type="vanished">Afficher d&apos;abord l&apos;onglet VUE : dashboard ou users.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <source>--view takes dashboard or users, not &apos;%1&apos;</source>
        <translation type="vanished">--view prend dashboard ou users, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot exige un nom de fichier</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="+55"/>
        <source>Try &apos;headcount --help&apos;.</source>
        <translation>Essayez &apos;headcount --help&apos;.</translation>
    </message>
</context>
<context>
    <name>UserCsv</name>
    <message>
        <location filename="../src/report/UserCsv.cpp" line="+30"/>
        <location line="+11"/>
        <source>Could not write the CSV file: %1</source>
        <translation>Impossible d&apos;écrire le fichier CSV : %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+7"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
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
        <translation>nominatifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal</source>
        <translation>internes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external</source>
        <translation>externes</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/storage/GroupStore.cpp" line="+45"/>
        <location filename="../src/storage/RuntimeStore.cpp" line="+123"/>
        <location filename="../src/storage/SqlSupport.cpp" line="+49"/>
        <source>No runtime with id %1.</source>
        <translation>Aucun environnement d&apos;exécution avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/Workspace.cpp" line="+90"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>opening</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file holds %1 bytes, the database says %2 pages of %3</source>
        <translation>le fichier contient %1 octets, la base de données annonce %2 pages de %3</translation>
    </message>
    <message>
        <source>The integrity check</source>
        <translation type="vanished">Le contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+10"/>
        <location line="+14"/>
        <location line="+16"/>
        <source>checking the workspace</source>
        <translation>contrôle de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>la ligne %1 de la table %2 renvoie à une ligne manquante de %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the key set of runtime %1 holds %2 keys, its records %3: re-import the runtime</source>
        <translation>l&apos;ensemble de clés de l&apos;environnement d&apos;exécution %1 contient %2 clés, ses enregistrements %3 : réimportez l&apos;environnement d&apos;exécution</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reaching the server</source>
        <translation>la connexion au serveur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workspace is not open.</source>
        <translation>L&apos;espace de travail n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>checking for changes</source>
        <translation>recherche de modifications</translation>
    </message>
    <message>
        <source>No workspace file given.</source>
        <translation type="vanished">Aucun fichier d&apos;espace de travail indiqué.</translation>
    </message>
    <message>
        <source>%1: shared PostgreSQL workspaces are not supported by this version of Headcount; give the path of a workspace file.</source>
        <translation type="vanished">%1 : les espaces de travail PostgreSQL partagés ne sont pas pris en charge par cette version de Headcount ; indiquez le chemin d&apos;un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>%1: not a workspace file path (only files are supported).</source>
        <translation type="vanished">%1 : pas un chemin de fichier d&apos;espace de travail (seuls les fichiers sont pris en charge).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: not a file.</source>
        <translation>%1 : pas un fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a Headcount workspace (not an SQLite database).</source>
        <translation>%1 : pas un espace de travail Headcount (pas une base de données SQLite).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot make the file private to its owner.</source>
        <translation>%1 : impossible de rendre le fichier privé à son propriétaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot create the folder %2.</source>
        <translation>%1 : impossible de créer le dossier %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot create: %2</source>
        <translation>%1 : création impossible : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the database driver gives no SQLite handle.</source>
        <translation>%1 : le pilote de base de données ne fournit pas de handle SQLite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not a Headcount workspace, or a damaged one: %2</source>
        <translation>%1 : pas un espace de travail Headcount, ou un espace endommagé : %2</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="+59"/>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+3"/>
        <source>reading infrastructures</source>
        <translation>lecture des infrastructures</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The workspace has no infrastructure.</source>
        <translation>L&apos;espace de travail n&apos;a aucune infrastructure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace has several infrastructures (%1): name one with --infra.</source>
        <translation>L&apos;espace de travail a plusieurs infrastructures (%1) : nommez-en une avec --infra.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No infrastructure named &quot;%1&quot;.</source>
        <translation>Aucune infrastructure nommée &quot;%1&quot;.</translation>
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
        <translation>la lecture des comptages</translation>
    </message>
    <message>
        <location line="-105"/>
        <location filename="../src/storage/InfrastructureStore.cpp" line="+16"/>
        <location line="+51"/>
        <location line="+85"/>
        <location filename="../src/storage/TenantStore.cpp" line="+100"/>
        <source>No infrastructure with id %1.</source>
        <translation>Aucune infrastructure avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading domains</source>
        <translation>la lecture des domaines</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="-125"/>
        <location line="+79"/>
        <source>An infrastructure needs a name.</source>
        <translation>Une infrastructure doit avoir un nom.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+57"/>
        <source>&quot;%1&quot; is not a platform version (e.g. 11.20.1).</source>
        <translation>&quot;%1&quot; n&apos;est pas une version de plateforme (p. ex. 11.20.1).</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+80"/>
        <source>An infrastructure named &quot;%1&quot; already exists.</source>
        <translation>Une infrastructure nommée &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>adding an infrastructure</source>
        <translation>ajout d&apos;une infrastructure</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A capacity cannot be negative.</source>
        <translation>Une capacité ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>setting capacities</source>
        <translation>définition des capacités</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Infrastructure &quot;%1&quot; was renamed or removed meanwhile; nothing changed.</source>
        <translation>L’infrastructure « %1 » a été renommée ou supprimée entre-temps ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../src/storage/CountsReader.cpp" line="+11"/>
        <location line="+5"/>
        <location filename="../src/storage/NeighbourSearch.cpp" line="+215"/>
        <location filename="../src/storage/RuntimeStore.cpp" line="-86"/>
        <location line="+15"/>
        <location filename="../src/storage/SqlSupport.cpp" line="-4"/>
        <location line="+3"/>
        <source>reading runtimes</source>
        <translation>lecture des environnements d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="+13"/>
        <source>No runtime named &quot;%1&quot;.</source>
        <translation>Aucun environnement d&apos;exécution nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Runtime &quot;%1&quot; was renamed or removed meanwhile; nothing changed.</source>
        <translation>L’environnement d’exécution « %1 » a été renommé ou supprimé entre-temps ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportService.cpp" line="+58"/>
        <location filename="../src/storage/RuntimeStore.cpp" line="-49"/>
        <location line="+19"/>
        <source>A runtime needs a name.</source>
        <translation>Un environnement d&apos;exécution doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="-17"/>
        <source>A runtime named &quot;%1&quot; already exists.</source>
        <translation>Un environnement d&apos;exécution nommé &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportService.cpp" line="+26"/>
        <location filename="../src/storage/RuntimeStore.cpp" line="+5"/>
        <source>adding a runtime</source>
        <translation>ajout d&apos;un environnement d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../src/storage/DomainStore.cpp" line="+40"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>reading owned domains</source>
        <translation>lecture des domaines propres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid domain (R1: at least two labels of a-z, 0-9 and -).</source>
        <translation>&quot;%1&quot; n&apos;est pas un domaine valide (R1 : au moins deux libellés en a-z, 0-9 et -).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>adding a domain</source>
        <translation>ajout d&apos;un domaine</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>removing a domain</source>
        <translation>retrait d&apos;un domaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an owned domain of this infrastructure.</source>
        <translation>&quot;%1&quot; n&apos;est pas un domaine propre de cette infrastructure.</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">Le pilote de base de données ne fournit pas de handle SQLite.</translation>
    </message>
    <message>
        <source>Importing users</source>
        <translation type="vanished">L&apos;import d&apos;utilisateurs</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportService.cpp" line="+9"/>
        <source>recording the import</source>
        <translation>enregistrement de l&apos;import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation>Import annulé : l&apos;espace de travail est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../src/storage/RecordMapper.cpp" line="+64"/>
        <location line="+6"/>
        <source>reading decisions</source>
        <translation>lecture des décisions</translation>
    </message>
    <message>
        <location filename="../src/storage/RecountReader.cpp" line="+85"/>
        <location line="+12"/>
        <source>reading records</source>
        <translation>lecture des enregistrements</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionStore.cpp" line="+270"/>
        <location filename="../src/storage/NeighbourSearch.cpp" line="-133"/>
        <location filename="../src/storage/RecountReader.cpp" line="+12"/>
        <location line="+11"/>
        <source>reading links</source>
        <translation>lecture des liens</translation>
    </message>
    <message>
        <location filename="../src/storage/UserQueries.cpp" line="+68"/>
        <source>Listing users: value %1 of the query is of an unexpected type (%2).</source>
        <translation>Liste des utilisateurs : la valeur %1 de la requête est d&apos;un type inattendu (%2).</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+82"/>
        <location line="+66"/>
        <source>listing users</source>
        <translation>liste des utilisateurs</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>counting users</source>
        <translation>décompte des utilisateurs</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation type="vanished">La liste des utilisateurs</translation>
    </message>
    <message>
        <source>Database error while listing users: %1</source>
        <translation type="vanished">Erreur de base de données lors de la liste des utilisateurs : %1</translation>
    </message>
    <message>
        <location filename="../src/storage/NeighbourSearch.cpp" line="-18"/>
        <location line="+186"/>
        <source>matching records</source>
        <translation>la mise en correspondance des enregistrements</translation>
    </message>
    <message>
        <location line="-116"/>
        <location filename="../src/storage/UserQueries.cpp" line="-42"/>
        <location line="+10"/>
        <location line="+80"/>
        <location line="+53"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../src/storage/UserQueries.cpp" line="+54"/>
        <location line="+8"/>
        <source>finding a user</source>
        <translation>recherche d&apos;un utilisateur</translation>
    </message>
    <message>
        <location filename="../src/storage/RecountReader.cpp" line="-32"/>
        <location filename="../src/storage/UserQueries.cpp" line="-4"/>
        <source>The query reads no column %1.</source>
        <translation>La requête ne lit aucune colonne %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRecords.cpp" line="+126"/>
        <location filename="../src/storage/UserQueries.cpp" line="+6"/>
        <source>No user &quot;%1&quot; in that runtime.</source>
        <translation>Aucun utilisateur &quot;%1&quot; dans cet environnement.</translation>
    </message>
    <message>
        <location filename="../src/storage/NeighbourSearch.cpp" line="+174"/>
        <location filename="../src/storage/RecordExplainer.cpp" line="+42"/>
        <location line="+43"/>
        <source>reading a record</source>
        <translation>lecture d&apos;un enregistrement</translation>
    </message>
    <message>
        <location filename="../src/storage/RecordExplainer.cpp" line="-6"/>
        <source>%1/%2 (tenant &quot;%3&quot;):</source>
        <translation>%1/%2 (locataire &quot;%3&quot;) :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>R12: not counted by the platform&apos;s console either.</source>
        <translation>R12 : pas compté non plus par la console de la plateforme.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>R6: individual #%1, %n counted record(s): %2.</source>
        <translation>
            <numerusform>R6 : personne n° %1, %n enregistrement compté : %2.</numerusform>
            <numerusform>R6 : personne n° %1, %n enregistrements comptés : %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R7: at least one of its counted records is internal: the individual counts as internal.</source>
        <translation>R7 : au moins un de ses enregistrements comptés est interne : la personne compte comme interne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R7: none of its counted records is internal: the individual counts as external.</source>
        <translation>R7 : aucun de ses enregistrements comptés n&apos;est interne : la personne compte comme externe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R9: the individual counts once against the named capacity.</source>
        <translation>R9 : la personne compte une fois sur la capacité nominative.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>R12: platform %1 (before 11.11.3) counts each counted record as one user: this record is one user of %2&apos;s console.</source>
        <translation>R12 : la plateforme %1 (antérieure à 11.11.3) compte chaque enregistrement compté comme un utilisateur : cet enregistrement est un utilisateur de la console de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R12: tenant &quot;%1&quot; is a multi-tenant app&apos;s tenant: the platform counts this record as a user of its own in %2&apos;s console.</source>
        <translation>R12 : le locataire &quot;%1&quot; est celui d&apos;une application multi-locataire : la plateforme compte cet enregistrement comme un utilisateur à part entière dans la console de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R12: could not read the platform user: %1</source>
        <translation>R12 : impossible de lire l&apos;utilisateur de la plateforme : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R12: %1&apos;s console counts this record as one user.</source>
        <translation>R12 : la console de %1 compte cet enregistrement comme un utilisateur.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n record(s): %2.</source>
        <translation>
            <numerusform>R12 : la console de %1 le fusionne (même e-mail ou même identifiant dans les locataires par défaut) en un utilisateur de %n enregistrement : %2.</numerusform>
            <numerusform>R12 : la console de %1 le fusionne (même e-mail ou même identifiant dans les locataires par défaut) en un utilisateur de %n enregistrements : %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRecords.cpp" line="-67"/>
        <source>recording a decision</source>
        <translation>enregistrement d&apos;une décision</translation>
    </message>
    <message>
        <location filename="../src/storage/TenantStore.cpp" line="+85"/>
        <source>updating a record</source>
        <translation>mise à jour d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>Recording a decision</source>
        <translation type="vanished">L&apos;enregistrement d&apos;une décision</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionStore.cpp" line="-54"/>
        <source>A link joins two records of one tenant; records of different tenants are joined by a shared e-mail address (R6).</source>
        <translation>Un lien réunit deux enregistrements d&apos;un même locataire ; les enregistrements de locataires différents sont réunis par une adresse e-mail commune (R6).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>linking records</source>
        <translation>liaison d&apos;enregistrements</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unlinking records</source>
        <translation>suppression du lien entre enregistrements</translation>
    </message>
    <message>
        <location filename="../src/storage/GroupStore.cpp" line="-8"/>
        <source>A group membership needs a group name and a username.</source>
        <translation>Une appartenance à un groupe exige un nom de groupe et un identifiant.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>reading the runtime&apos;s users</source>
        <translation>lecture des utilisateurs de l&apos;environnement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>replacing the groups</source>
        <translation>remplacement des groupes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>importing the groups</source>
        <translation>import des groupes</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <source>listing groups</source>
        <translation>liste des groupes</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="+66"/>
        <source>removing a runtime</source>
        <translation>retrait d&apos;un environnement d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="+4"/>
        <source>renaming an infrastructure</source>
        <translation>renommage d&apos;une infrastructure</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>removing an infrastructure</source>
        <translation>retrait d&apos;une infrastructure</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="-39"/>
        <location line="+10"/>
        <source>A runtime named &quot;%1&quot; already exists in this infrastructure.</source>
        <translation>Un environnement d&apos;exécution nommé &quot;%1&quot; existe déjà dans cette infrastructure.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>renaming a runtime</source>
        <translation>renommage d&apos;un environnement d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../src/storage/TenantStore.cpp" line="-129"/>
        <location line="+12"/>
        <source>reading a tenant&apos;s records</source>
        <translation>lecture des enregistrements d&apos;un locataire</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>reading tenant kinds</source>
        <translation>lecture des types de locataire</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The workspace is damaged: unknown tenant kind %1.</source>
        <translation>L&apos;espace de travail est endommagé : type de locataire inconnu %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="-58"/>
        <source>setting the platform version</source>
        <translation>définition de la version de plateforme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>setting the licence model</source>
        <translation>définition du modèle de licence</translation>
    </message>
    <message>
        <location filename="../src/storage/TenantStore.cpp" line="+33"/>
        <location line="+10"/>
        <source>reading tenants</source>
        <translation>lecture des locataires</translation>
    </message>
    <message>
        <source>Changing a tenant&apos;s kind</source>
        <translation type="vanished">Le changement du type d&apos;un locataire</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>setting a tenant kind</source>
        <translation>définition d&apos;un type de locataire</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeKeySet.cpp" line="+36"/>
        <source>the key set of runtime %1 has %2 bytes</source>
        <translation>l’ensemble de clés du runtime %1 fait %2 octets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key set of runtime %1 is not in order</source>
        <translation>l’ensemble de clés du runtime %1 n’est pas trié</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>storing the runtime&apos;s key set</source>
        <translation>l’enregistrement de l’ensemble de clés du runtime</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>removing the runtime&apos;s key set</source>
        <translation>la suppression de l’ensemble de clés du runtime</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the runtimes&apos; key sets</source>
        <translation>la lecture des ensembles de clés des runtimes</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+32"/>
        <source>runtime %1 has records but no key set</source>
        <translation>le runtime %1 a des enregistrements mais aucun ensemble de clés</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+28"/>
        <source>reading the runtime&apos;s key set</source>
        <translation>la lecture de l’ensemble de clés du runtime</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>building the runtimes&apos; key sets</source>
        <translation>la construction des ensembles de clés des runtimes</translation>
    </message>
    <message>
        <location filename="../src/storage/WorkspacePostgres.cpp" line="+28"/>
        <source>%1: cannot connect: %2</source>
        <translation>%1 : connexion impossible : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the server did not accept the password.</source>
        <translation>%1 : le serveur n&apos;a pas accepté le mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the password in ~/.pgpass or in the file PGPASSFILE names (one line HOST:PORT:DBNAME:USER:PASSWORD, readable by you only).</source>
        <translation>Indiquez le mot de passe dans ~/.pgpass ou dans le fichier que désigne PGPASSFILE (une ligne HOST:PORT:DBNAME:USER:PASSWORD, lisible par vous seul).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: this installation has no PostgreSQL driver for Qt (QPSQL; Debian&apos;s libqt6sql6-psql package).</source>
        <translation>%1 : cette installation n&apos;a pas de pilote PostgreSQL pour Qt (QPSQL ; paquet libqt6sql6-psql de Debian).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: cannot set up the connection: %2</source>
        <translation>%1 : impossible de configurer la connexion : %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <location filename="../src/cli/WorkspaceCommands.cpp" line="+19"/>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named %1</source>
        <translation>nominatifs %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal %1, external %2</source>
        <translation>internes %1, externes %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Workspace %1 is ready.</source>
        <translation>L&apos;espace de travail %1 est prêt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created workspace %1.</source>
        <translation>Espace de travail %1 créé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Infrastructure %1 (%2): %3</source>
        <translation>Infrastructure %1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>unknown licence model &apos;%1&apos; (use internal-external or named)</source>
        <translation>modèle de licence inconnu &apos;%1&apos; (utilisez internal-external ou named)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&apos;%1&apos; is not a platform version (e.g. 11.20.1)</source>
        <translation>&apos;%1&apos; n&apos;est pas une version de plateforme (p. ex. 11.20.1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added infrastructure %1 (%2).</source>
        <translation>Infrastructure %1 (%2) ajoutée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give --platform VERSION and/or --model internal-external|named</source>
        <translation>indiquez --platform VERSION et/ou --model internal-external|named</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a platform version (e.g. 11.20.1, or unset)</source>
        <translation>&apos;%1&apos; n&apos;est pas une version de plateforme (p. ex. 11.20.1, ou unset)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Infrastructure %1: model %2, platform %3.</source>
        <translation>Infrastructure %1 : modèle %2, plateforme %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set (11.11.3 or later)</source>
        <translation>non définie (11.11.3 ou ultérieure)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Infrastructure %1 is now %2.</source>
        <translation>L&apos;infrastructure %1 s&apos;appelle désormais %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removing infrastructure &apos;%1&apos; deletes its runtimes and records: add --yes</source>
        <translation>retirer l&apos;infrastructure &apos;%1&apos; supprime ses environnements et ses enregistrements : ajoutez --yes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed infrastructure %1.</source>
        <translation>Infrastructure %1 retirée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runtime %1 is now %2.</source>
        <translation>L&apos;environnement %1 s&apos;appelle désormais %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>removing runtime &apos;%1&apos; deletes its records: add --yes</source>
        <translation>retirer l&apos;environnement &apos;%1&apos; supprime ses enregistrements : ajoutez --yes</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Removed runtime %1 (%n record(s)) from %2.</source>
        <translation>
            <numerusform>Environnement %1 (%n enregistrement) retiré de %2.</numerusform>
            <numerusform>Environnement %1 (%n enregistrements) retiré de %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+139"/>
        <location line="+85"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Runtimes</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tenants yet: import a runtime first.</source>
        <translation>Aucun locataire pour l&apos;instant : importez d&apos;abord un environnement.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--kind needs default, app or it, not &apos;%1&apos;</source>
        <translation>--kind exige default, app ou it, pas &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n tenant(s) of %1 set to kind %2.</source>
        <translation>
            <numerusform>%n locataire de %1 passé au type %2.</numerusform>
            <numerusform>%n locataires de %1 passés au type %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give either --internal/--external or --named, not both</source>
        <translation>indiquez soit --internal/--external soit --named, pas les deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --internal N and --external N, or --named N</source>
        <translation>indiquez --internal N et --external N, ou --named N</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 needs a whole number of users, not &apos;%2&apos;</source>
        <translation>--%1 exige un nombre entier d&apos;utilisateurs, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>infrastructure &quot;%1&quot; uses the named model: set its capacity with --named, not --internal/--external</source>
        <translation>l&apos;infrastructure &quot;%1&quot; utilise le modèle nominatif : définissez sa capacité avec --named, pas --internal/--external</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>infrastructure &quot;%1&quot; uses the internal-external model, not named: set --internal and --external</source>
        <translation>l&apos;infrastructure &quot;%1&quot; utilise le modèle interne-externe, pas nominatif : définissez --internal et --external</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Capacity of %1: %2.</source>
        <translation>Capacité de %1 : %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added runtime %1 to infrastructure %2.</source>
        <translation>Environnement %1 ajouté à l&apos;infrastructure %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Runtime</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last import (UTC)</source>
        <translation>Dernier import (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(dry run: nothing was changed)</source>
        <translation>(simulation : rien n&apos;a été modifié)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--json goes with --dry-run</source>
        <translation>--json va avec --dry-run</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Added %n owned domain(s) to %1; it now has %2.</source>
        <translation>
            <numerusform>%n domaine propre ajouté à %1 ; elle en a désormais %2.</numerusform>
            <numerusform>%n domaines propres ajoutés à %1 ; elle en a désormais %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Removed %n owned domain(s) from %1; it now has %2.</source>
        <translation>
            <numerusform>%n domaine propre retiré de %1 ; elle en a désormais %2.</numerusform>
            <numerusform>%n domaines propres retirés de %1 ; elle en a désormais %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normalized</source>
        <translation>Normalisé</translation>
    </message>
</context>
<context>
    <name>hc::ChangeNotifier</name>
    <message>
        <location filename="../src/storage/ChangeNotifier.cpp" line="+38"/>
        <source>Cannot listen for changes made by others: %1</source>
        <translation>Impossible d&apos;écouter les modifications faites par d&apos;autres : %1</translation>
    </message>
</context>
<context>
    <name>hc::ConnectWorkspaceDialog</name>
    <message>
        <location filename="../src/gui/ConnectWorkspaceDialog.cpp" line="+34"/>
        <source>Connect to Shared Workspace</source>
        <translation>Se connecter à un espace de travail partagé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. db.example.com</source>
        <translation>p. ex. db.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database name</source>
        <translation>Nom de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS mode</source>
        <translation>Mode TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable (no TLS)</source>
        <translation>Désactiver (pas de TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer (TLS when the server offers it)</source>
        <translation>Préférer (TLS si le serveur le propose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require (TLS, certificate not checked)</source>
        <translation>Exiger (TLS, certificat non vérifié)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify full (TLS, certificate and host name checked)</source>
        <translation>Vérification complète (TLS, certificat et nom d&apos;hôte vérifiés)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace URL</source>
        <translation>URL de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with the connection details</source>
        <translation>Problème dans les paramètres de connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password comes from ~/.pgpass (or the file PGPASSFILE names); without one there you are asked for it. It is never saved.</source>
        <translation>Le mot de passe vient de ~/.pgpass (ou du fichier que désigne PGPASSFILE) ; s&apos;il n&apos;y figure pas, il vous est demandé. Il n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the server&apos;s host name.</source>
        <translation>Indiquez le nom d&apos;hôte du serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the name of the database.</source>
        <translation>Indiquez le nom de la base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give your user name on the server.</source>
        <translation>Indiquez votre nom d&apos;utilisateur sur le serveur.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
</context>
<context>
    <name>hc::CsvReader</name>
    <message>
        <location filename="../src/import/CsvReader.cpp" line="+27"/>
        <source>the first line &apos;sep=&quot;&apos; names the quote as the delimiter, which cannot be one</source>
        <translation>la première ligne &apos;sep=&quot;&apos; désigne le guillemet comme délimiteur, ce qu&apos;il ne peut pas être</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first line &apos;sep=&apos; names no delimiter (Excel writes e.g. &apos;sep=;&apos;)</source>
        <translation>la première ligne &apos;sep=&apos; ne désigne aucun délimiteur (Excel écrit p. ex. &apos;sep=;&apos;)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>unterminated quoted field: the quote opened here is never closed</source>
        <translation>champ entre guillemets non terminé : le guillemet ouvert ici n&apos;est jamais fermé</translation>
    </message>
</context>
<context>
    <name>hc::DashboardWidget</name>
    <message>
        <location filename="../src/gui/DashboardWidget.cpp" line="+121"/>
        <source>Opens or creates a workspace to show its counts</source>
        <translation>Ouvre ou crée un espace de travail pour en afficher les décomptes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Internal users</source>
        <translation>Utilisateurs internes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique internal individuals against the internal capacity.</source>
        <translation>Personnes internes uniques face à la capacité interne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External users</source>
        <translation>Utilisateurs externes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique external individuals against the external capacity.</source>
        <translation>Personnes externes uniques face à la capacité externe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named users</source>
        <translation>Utilisateurs nominatifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique individuals against the named-user capacity.</source>
        <translation>Personnes uniques face à la capacité d&apos;utilisateurs nominatifs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trend and forecast</source>
        <translation>Tendance et prévision</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Counted records per runtime</source>
        <translation>Enregistrements comptés par environnement</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Each runtime&apos;s records, and what its own console shows: a person with accounts in two runtimes is counted once in the unique totals.</source>
        <translation>Les enregistrements de chaque environnement, et ce que sa propre console affiche : une personne ayant des comptes dans deux environnements est comptée une fois dans les totaux uniques.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unique individuals</source>
        <translation>Personnes uniques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal</source>
        <translation>Internes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Externes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unique internal individuals</source>
        <translation>Personnes internes uniques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique external individuals</source>
        <translation>Personnes externes uniques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique individuals in total</source>
        <translation>Total des personnes uniques</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not counted</source>
        <translation>Non comptés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IT users</source>
        <translation>Utilisateurs IT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Developers and administrators who do not use the apps.</source>
        <translation>Développeurs et administrateurs qui n&apos;utilisent pas les applications.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactifs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated in the platform or in Headcount.</source>
        <translation>Désactivés sur la plateforme ou dans Headcount.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonymes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never logged in and share no personal data.</source>
        <translation>Jamais connectés et ne partagent aucune donnée personnelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total records not counted</source>
        <translation>Total des enregistrements non comptés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All records excluded above.</source>
        <translation>Tous les enregistrements exclus ci-dessus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records not counted: %1</source>
        <translation>Enregistrements non comptés : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This workspace has no infrastructure yet.</source>
        <translation>Cet espace de travail n&apos;a pas encore d&apos;infrastructure.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Licence model: named users</source>
        <translation>Modèle de licence : utilisateurs nominatifs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence model: internal and external users</source>
        <translation>Modèle de licence : utilisateurs internes et externes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>platform 11.11.3 or later</source>
        <translation>plateforme 11.11.3 ou ultérieure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform %1</source>
        <translation>plateforme %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sum of the runtimes&apos; consoles: %1</source>
        <translation>Somme des consoles des environnements : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the runtimes&apos; consoles: %1 internal · %2 external (%3)</source>
        <translation>Somme des consoles des environnements : %1 internes · %2 externes (%3)</translation>
    </message>
</context>
<context>
    <name>hc::DomainsModel</name>
    <message>
        <location filename="../src/gui/DomainsModel.cpp" line="+65"/>
        <source>Typed as %1</source>
        <translation>Saisi comme %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared as %1 (R1)</source>
        <translation>Comparé comme %1 (R1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
</context>
<context>
    <name>hc::DomainsView</name>
    <message>
        <location filename="../src/gui/DomainsView.cpp" line="+113"/>
        <source>Owned domains</source>
        <translation>Domaines propres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move Selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected owned domains</source>
        <translation>Retirer les domaines propres sélectionnés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Largest external domains (counted records)</source>
        <translation>&amp;Plus grands domaines externes (enregistrements comptés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest external domains</source>
        <translation>Plus grands domaines externes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a domain to make it owned</source>
        <translation>Double-cliquez sur un domaine pour en faire un domaine propre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add as Owned</source>
        <translation>Ajouter c&amp;omme propres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selected external domains as owned domains</source>
        <translation>Ajouter les domaines externes sélectionnés comme domaines propres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type or &amp;paste domains to add (one per line, or separated by commas or semicolons):</source>
        <translation>Saisissez ou &amp;collez les domaines à ajouter (un par ligne, ou séparés par des virgules ou des points-virgules) :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domains to add</source>
        <translation>Domaines à ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>example.com, sales.example.com</source>
        <translation>example.com, ventes.example.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+175"/>
        <source>Add T&amp;yped Domains</source>
        <translation>Ajouter les domaines &amp;saisis</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Add the typed domains</source>
        <translation>Ajouter les domaines saisis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Owned domains of %1 (records with that domain)</source>
        <translation>Do&amp;maines propres de %1 (enregistrements avec ce domaine)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No domain is owned yet, so every record is internal (R4).</source>
        <translation>Aucun domaine n&apos;est encore propre, donc chaque enregistrement est interne (R4).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n external domain(s) in all</source>
        <translation>
            <numerusform>%n domaine externe au total</numerusform>
            <numerusform>%n domaines externes au total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counted external records</source>
        <translation>%1 enregistrements externes comptés</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What if: working it out…</source>
        <translation>Simulation : calcul en cours…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What if: could not be worked out: %1</source>
        <translation>Simulation : le calcul a échoué : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What if: %1</source>
        <translation>Simulation : %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Refused “%1”: %2.</source>
        <translation>« %1 » refusé : %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more refused.</source>
        <translation>
            <numerusform>%n autre refusé.</numerusform>
            <numerusform>%n autres refusés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owned already: %1.</source>
        <translation>Déjà propres : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given twice: %1.</source>
        <translation>Donnés deux fois : %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Add T&amp;yped Domains (%n)</source>
        <translation>
            <numerusform>Ajouter le domaine &amp;saisi (%n)</numerusform>
            <numerusform>Ajouter les domaines &amp;saisis (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <location line="+15"/>
        <source>Add %n domain(s)</source>
        <translation>
            <numerusform>Ajouter %n domaine</numerusform>
            <numerusform>Ajouter %n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Remove %n domain(s)</source>
        <translation>
            <numerusform>Retirer %n domaine</numerusform>
            <numerusform>Retirer %n domaines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ExplainDialog</name>
    <message>
        <location filename="../src/gui/ExplainDialog.cpp" line="+19"/>
        <source>Explain %1</source>
        <translation>Expliquer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why &lt;b&gt;%1&lt;/b&gt; counts the way it does, rule by rule:</source>
        <translation>Pourquoi &lt;b&gt;%1&lt;/b&gt; compte ainsi, règle par règle :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules applied</source>
        <translation>Règles appliquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why %1 counts the way it does, one rule a line</source>
        <translation>Pourquoi %1 compte ainsi, une règle par ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the explanation</source>
        <translation>Copier l&apos;explication</translation>
    </message>
</context>
<context>
    <name>hc::ExportReader</name>
    <message>
        <location filename="../src/import/ExportReader.cpp" line="+84"/>
        <source>the value holds a NUL byte: the file may be damaged</source>
        <translation>la valeur contient un octet NUL : le fichier est peut-être endommagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+437"/>
        <location line="+183"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="-484"/>
        <source>expected a string, number, boolean or null, not an array</source>
        <translation>une chaîne, un nombre, un booléen ou null était attendu, pas un tableau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a string, number, boolean or null, not an object</source>
        <translation>une chaîne, un nombre, un booléen ou null était attendu, pas un objet</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 is already the Id of the record at line %2</source>
        <translation>%1 est déjà l&apos;Id de l&apos;enregistrement de la ligne %2</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this row has %1 fields but the header has %2</source>
        <translation>cette ligne a %1 champs mais l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file looks cut off: its last line ends without a line break after %1 of the %2 fields</source>
        <translation>le fichier semble tronqué : sa dernière ligne se termine sans saut de ligne après %1 des %2 champs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this row has %1 fields but the header has %2: the missing ones are read as empty</source>
        <translation>cette ligne a %1 champs mais l&apos;en-tête en a %2 : les manquants sont lus comme vides</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the delimiter must be one ASCII character</source>
        <translation>le délimiteur doit être un seul caractère ASCII</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the keys %1 (line %2, column %3) and %4 both give the field %5</source>
        <translation>les clés %1 (ligne %2, colonne %3) et %4 donnent toutes deux le champ %5</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the key %1 is given twice in this record (first at line %2, column %3)</source>
        <translation>la clé %1 figure deux fois dans cet enregistrement (d&apos;abord ligne %2, colonne %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this record is not an object</source>
        <translation>cet enregistrement n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>hc::FieldMapping</name>
    <message>
        <location filename="../src/import/FieldMapping.cpp" line="+104"/>
        <source>&apos;%1&apos; (chosen for column &apos;%2&apos;) is not a known field; known fields: %3</source>
        <translation>&apos;%1&apos; (choisi pour la colonne &apos;%2&apos;) n&apos;est pas un champ connu ; champs connus : %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; both give the field %3</source>
        <translation>les colonnes &apos;%1&apos; et &apos;%2&apos; donnent toutes deux le champ %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>expected columns such as Username, Email, Id, Name, Is_Active</source>
        <translation>des colonnes comme Username, Email, Id, Name, Is_Active étaient attendues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a user export: the records have no fields (%1)</source>
        <translation>pas un export d&apos;utilisateurs : les enregistrements n&apos;ont aucun champ (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a user export: the header row names no columns (%1)</source>
        <translation>pas un export d&apos;utilisateurs : la ligne d&apos;en-tête ne nomme aucune colonne (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a user export: none of the columns %1 is known (%2)</source>
        <translation>pas un export d&apos;utilisateurs : aucune des colonnes %1 n&apos;est connue (%2)</translation>
    </message>
</context>
<context>
    <name>hc::GaugeWidget</name>
    <message>
        <location filename="../src/gui/GaugeWidget.cpp" line="+131"/>
        <source>No capacity set</source>
        <translation>Aucune capacité définie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over capacity by %1 (%2 %)</source>
        <translation>Capacité dépassée de %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over capacity by %1</source>
        <translation>Capacité dépassée de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near capacity: %1 % used</source>
        <translation>Capacité presque atteinte : %1 % utilisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within capacity: %1 % used</source>
        <translation>Dans la capacité : %1 % utilisés</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+43"/>
        <source>Capacity gauge</source>
        <translation>Jauge de capacité</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: %2, no capacity set</source>
        <translation>%1 : %2, aucune capacité définie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1 : %2 sur %3 (%4 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>%1 of %2 licensed</source>
        <translation type="vanished">%1 sur %2 sous licence</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation type="vanished">%1 utilisés</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>of %1 licensed</source>
        <translation>sur %1 sous licence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no capacity set</source>
        <translation>aucune capacité définie</translation>
    </message>
</context>
<context>
    <name>hc::GroupReader</name>
    <message>
        <location filename="../src/import/GroupReader.cpp" line="+40"/>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; both give the %3</source>
        <translation>les colonnes &apos;%1&apos; et &apos;%2&apos; donnent toutes deux le %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>username</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant</source>
        <translation>locataire</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not a group membership export: it needs a group column (Group, GroupName or Role) and a username column (Username, UserName or Login); its columns: %1</source>
        <translation>pas un export d&apos;appartenances aux groupes : il faut une colonne de groupe (Group, GroupName ou Role) et une colonne d&apos;identifiant (Username, UserName ou Login) ; ses colonnes : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the value holds a NUL byte: the file may be damaged</source>
        <translation>la valeur contient un octet NUL : le fichier est peut-être endommagé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the group name is empty</source>
        <translation>le nom du groupe est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the username is empty</source>
        <translation>le nom d&apos;utilisateur est vide</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a string or a number, not an %1</source>
        <translation>une chaîne ou un nombre était attendu, pas un %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the delimiter must be one ASCII character</source>
        <translation>le délimiteur doit être un seul caractère ASCII</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>this row has %1 fields but the header has %2</source>
        <translation>cette ligne a %1 champs mais l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>this record is not an object</source>
        <translation>cet enregistrement n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizard</name>
    <message>
        <location filename="../src/gui/ImportWizard.cpp" line="+24"/>
        <source>Import a User Export</source>
        <translation>Importer un export d&apos;utilisateurs</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardFilePage</name>
    <message>
        <location filename="../src/gui/ImportWizardFilePage.cpp" line="+30"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent files:</source>
        <translation>Fichiers ré&amp;cents :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File and runtime</source>
        <translation>Fichier et environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a runtime&apos;s user export (CSV or JSON) and the runtime it describes.</source>
        <translation>Choisissez l&apos;export d&apos;utilisateurs d&apos;un environnement (CSV ou JSON) et l&apos;environnement qu&apos;il décrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of a CSV or JSON export</source>
        <translation>Chemin d&apos;un export CSV ou JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export file</source>
        <translation>Fichier d&apos;export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the runtime&apos;s user export to import, CSV or JSON</source>
        <translation>Chemin de l&apos;export d&apos;utilisateurs de l&apos;environnement à importer, CSV ou JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the export file</source>
        <translation>Choisir le fichier d&apos;export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent import files</source>
        <translation>Fichiers importés récemment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target runtime</source>
        <translation>Environnement cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runtime the export describes; a new name adds a runtime</source>
        <translation>L&apos;environnement que décrit l&apos;export ; un nouveau nom ajoute un environnement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Infrastructure:</source>
        <translation>Infrastructure :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;untime:</source>
        <translation>&amp;Environnement d&apos;exécution :</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (no longer there)</source>
        <translation>%1 (n&apos;existe plus)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import a User Export</source>
        <translation>Importer un export d&apos;utilisateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User exports (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Exports d&apos;utilisateurs (*.csv *.tsv *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose a runtime, or type the name of a new one.</source>
        <translation>Choisissez un environnement, ou saisissez le nom d&apos;un nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Existing runtime: %Ln record(s), last import %1. The import replaces or merges them in one transaction.</source>
        <translation>
            <numerusform>Environnement existant : %Ln enregistrement, dernier import %1. L&apos;import le remplace ou le fusionne en une seule transaction.</numerusform>
            <numerusform>Environnement existant : %Ln enregistrements, dernier import %1. L&apos;import les remplace ou les fusionne en une seule transaction.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New runtime: &quot;%1&quot; is created in %2 when the import runs.</source>
        <translation>Nouvel environnement : &quot;%1&quot; est créé dans %2 lors de l&apos;import.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé : %1</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardMappingPage</name>
    <message>
        <location filename="../src/gui/ImportWizardMappingPage.cpp" line="+25"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Format and column mapping</source>
        <translation>Format et correspondance des colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what was detected and which field each column gives. Password columns are never imported; columns left as &quot;Ignored&quot; are not read.</source>
        <translation>Vérifiez ce qui a été détecté et quel champ donne chaque colonne. Les colonnes de mot de passe ne sont jamais importées ; les colonnes laissées sur &quot;Ignorée&quot; ne sont pas lues.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delimiter</source>
        <translation>Délimiteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Délimiteur :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header:</source>
        <translation>En-tête :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation>Enregistrements :</translation>
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
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>line %1, %Ln column(s)</source>
        <translation>
            <numerusform>ligne %1, %Ln colonne</numerusform>
            <numerusform>ligne %1, %Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (after Excel&apos;s &quot;sep=&quot; line)</source>
        <translation> (après la ligne &quot;sep=&quot; d&apos;Excel)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln key(s) in the records</source>
        <translation>
            <numerusform>%Ln clé dans les enregistrements</numerusform>
            <numerusform>%Ln clés dans les enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 (estimated from the first rows)</source>
        <translation>environ %1 (estimé d&apos;après les premières lignes)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never imported</source>
        <translation>Jamais importée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password hashes are never stored or shown.</source>
        <translation>Les empreintes de mot de passe ne sont jamais enregistrées ni affichées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot read the file with this delimiter: %1</source>
        <translation>Impossible de lire le fichier avec ce délimiteur : %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>With this mapping the file cannot be imported: %1</source>
        <translation>Avec cette correspondance, le fichier ne peut pas être importé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The %Ln previewed row(s) read cleanly with this mapping.</source>
        <translation>
            <numerusform>La %Ln ligne de l&apos;aperçu se lit sans erreur avec cette correspondance.</numerusform>
            <numerusform>Les %Ln lignes de l&apos;aperçu se lisent sans erreur avec cette correspondance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of the %Ln previewed row(s) have a problem with this mapping (tinted; hover for the reason). The validation step lists every problem in the file.</source>
        <translation>
            <numerusform>%1 des %Ln ligne de l&apos;aperçu pose problème avec cette correspondance (teintée ; survolez-la pour la raison). L&apos;étape de validation liste chaque problème du fichier.</numerusform>
            <numerusform>%1 des %Ln lignes de l&apos;aperçu posent problème avec cette correspondance (teintées ; survolez-les pour la raison). L&apos;étape de validation liste chaque problème du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignored columns: %1.</source>
        <translation>Colonnes ignorées : %1.</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardPreview</name>
    <message>
        <location filename="../src/gui/ImportWizardPreview.cpp" line="+92"/>
        <source>a ZIP archive (an Excel .xlsx workbook is one)</source>
        <translation>une archive ZIP (un classeur Excel .xlsx en est une)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Office document (.xls)</source>
        <translation>un ancien document Office (.xls)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database</source>
        <translation>une base de données SQLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a gzip-compressed file</source>
        <translation>un fichier compressé avec gzip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a binary file</source>
        <translation>un fichier binaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>%1: the file is empty</source>
        <translation>%1 : le fichier est vide</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 is not a user export but %2. Export the runtime&apos;s user table as CSV or JSON and import that file.</source>
        <translation>%1 n&apos;est pas un export d&apos;utilisateurs mais %2. Exportez la table des utilisateurs de l&apos;environnement d&apos;exécution en CSV ou JSON et importez ce fichier.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The delimiter must be one ASCII character.</source>
        <translation>Le délimiteur doit être un seul caractère ASCII.</translation>
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
        <translation>Arrêté avant l&apos;import.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was imported: %1 has %Ln row(s) that cannot be read. The workspace is unchanged. Correct the file, or import it again and choose to skip bad rows.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé : %1 a %Ln ligne illisible. L&apos;espace de travail est inchangé. Corrigez le fichier, ou importez-le à nouveau en choisissant d&apos;ignorer les lignes erronées.</numerusform>
            <numerusform>Rien n&apos;a été importé : %1 a %Ln lignes illisibles. L&apos;espace de travail est inchangé. Corrigez le fichier, ou importez-le à nouveau en choisissant d&apos;ignorer les lignes erronées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2 records</source>
        <translation>%1 enregistrements sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1: %2</source>
        <translation>Lecture de %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing to the workspace: %1</source>
        <translation>Écriture dans l&apos;espace de travail : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 records/s · about %2 left</source>
        <translation>%1 enregistrements/s · environ %2 restantes</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln seconde</numerusform>
            <numerusform>%Ln secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
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
        <translation>Annulation… l&apos;espace de travail reste tel quel.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 records into %2.</source>
        <translation>%1 enregistrements importés dans %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove most of the runtime?</source>
        <translation>Retirer la plus grande partie de l&apos;environnement ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Import it anyway?</source>
        <translation>%1

L&apos;importer quand même ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import cancelled. The workspace is unchanged.</source>
        <translation>Import annulé. L&apos;espace de travail est inchangé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import failed. The workspace is unchanged.
%1</source>
        <translation>L&apos;import a échoué. L&apos;espace de travail est inchangé.
%1</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardSummaryPage</name>
    <message>
        <location filename="../src/gui/ImportWizardSummaryPage.cpp" line="+40"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counts before and after the import</source>
        <translation>Décomptes avant et après l&apos;import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New records:</source>
        <translation>Nouveaux enregistrements :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed records:</source>
        <translation>Enregistrements modifiés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed records:</source>
        <translation>Enregistrements retirés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged records:</source>
        <translation>Enregistrements inchangés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped rows:</source>
        <translation>Lignes ignorées :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts of %1, before → after:</source>
        <translation>Décomptes de %1, avant → après :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was imported into runtime %2 of %3 (%4).</source>
        <translation>%1 a été importé dans l&apos;environnement %2 de %3 (%4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replace</source>
        <translation>remplacement</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer in the export: %1.</source>
        <translation>Ne figurent plus dans l&apos;export : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated in Headcount but still active on the platform (deactivate them there): %1.</source>
        <translation>Désactivés dans Headcount mais encore actifs sur la plateforme (désactivez-les là-bas) : %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unique individuals</source>
        <translation>Personnes uniques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique internal</source>
        <translation>Uniques internes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique external</source>
        <translation>Uniques externes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique total</source>
        <translation>Total unique</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: counted records</source>
        <translation>%1 : enregistrements comptés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: internal records</source>
        <translation>%1 : enregistrements internes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: external records</source>
        <translation>%1 : enregistrements externes</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardValidationPage</name>
    <message>
        <location filename="../src/gui/ImportWizardValidationPage.cpp" line="+39"/>
        <source>Rows with problems</source>
        <translation>Lignes posant problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top (import nothing)</source>
        <translation>&amp;Arrêter (ne rien importer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import mode</source>
        <translation>Mode d&apos;import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole file is read once, without touching the workspace, to find every row that cannot be imported.</source>
        <translation>Le fichier entier est lu une fois, sans toucher à l&apos;espace de travail, pour trouver chaque ligne qui ne peut pas être importée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+177"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skip the rows with problems</source>
        <translation>Ignorer les lignes en erreur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Replace: the export is a snapshot of the runtime; records it no longer lists are removed</source>
        <translation>&amp;Remplacer : l&apos;export est un instantané de l&apos;environnement ; les enregistrements qu&apos;il ne liste plus sont retirés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge: add and update records by Id (else Username); keep the others</source>
        <translation>&amp;Fusionner : ajouter et mettre à jour les enregistrements par Id (sinon Username) ; garder les autres</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The runtime is new: every record is added.</source>
        <translation>L&apos;environnement est nouveau : chaque enregistrement est ajouté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading %1: %2 records so far…</source>
        <translation>Lecture de %1 : %2 enregistrements jusqu&apos;ici…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has a problem that no choice can skip: correct it and try again.</source>
        <translation>Le fichier a un problème qu&apos;aucun choix ne permet d&apos;ignorer : corrigez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Read as JSON, %1.</source>
        <translation>Lu comme JSON, %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as CSV, %1, delimiter %2.</source>
        <translation>Lu comme CSV, %1, délimiteur %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Password column is dropped, never stored.</source>
        <translation>La colonne Password est écartée, jamais enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored columns: %1.</source>
        <translation>Colonnes ignorées : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems: all %1 records can be imported.</source>
        <translation>Aucun problème : les %1 enregistrements peuvent tous être importés.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 records can be imported; %Ln row(s) cannot:</source>
        <translation>
            <numerusform>%1 enregistrements peuvent être importés ; %Ln ligne ne le peut pas :</numerusform>
            <numerusform>%1 enregistrements peuvent être importés ; %Ln lignes ne le peuvent pas :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the first %1 are listed)</source>
        <translation>(les %1 premières sont listées)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>S&amp;kip bad rows (import the %1 good records; the %Ln bad row(s) are left out)</source>
        <translation>
            <numerusform>I&amp;gnorer les lignes erronées (importer les %1 bons enregistrements ; la %Ln ligne erronée est laissée de côté)</numerusform>
            <numerusform>I&amp;gnorer les lignes erronées (importer les %1 bons enregistrements ; les %Ln lignes erronées sont laissées de côté)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has no record to import.</source>
        <translation>Le fichier ne contient aucun enregistrement à importer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no record to import: importing it in Replace mode removes every record of %1.</source>
        <translation>Le fichier ne contient aucun enregistrement à importer : l&apos;importer en mode Remplacer retire tous les enregistrements de %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
</context>
<context>
    <name>hc::ImportWorker</name>
    <message>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation type="vanished">Import annulé : l&apos;espace de travail est resté tel quel.</translation>
    </message>
</context>
<context>
    <name>hc::InfrastructureComboBox</name>
    <message>
        <location filename="../src/gui/InfrastructureComboBox.cpp" line="+12"/>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licensing scope shown: its capacities, owned domains and runtimes</source>
        <translation>Le périmètre de licence affiché : ses capacités, ses domaines propres et ses environnements</translation>
    </message>
</context>
<context>
    <name>hc::InfrastructureDialog</name>
    <message>
        <location filename="../src/gui/InfrastructureDialog.cpp" line="+35"/>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>Infrastructures</source>
        <translation>Infrastructures</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Infrastructures:</source>
        <translation>&amp;Infrastructures :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New infrastructure</source>
        <translation>Nouvelle infrastructure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected infrastructure</source>
        <translation>Supprimer l&apos;infrastructure sélectionnée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence model</source>
        <translation>Modèle de licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal and external users</source>
        <translation>Utilisateurs internes et externes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named users (before 11.7.0)</source>
        <translation>Utilisateurs nominatifs (avant 11.7.0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform version</source>
        <translation>Version de la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (11.11.3 or later)</source>
        <translation>non définie (11.11.3 ou ultérieure)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal capacity</source>
        <translation>Capacité interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External capacity</source>
        <translation>Capacité externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named-user capacity</source>
        <translation>Capacité d&apos;utilisateurs nominatifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ame:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence model:</source>
        <translation>Modèle de &amp;licence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform version:</source>
        <translation>Version de la &amp;plateforme :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In&amp;ternal capacity:</source>
        <translation>Capacité in&amp;terne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xternal capacity:</source>
        <translation>Capacité e&amp;xterne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;med capacity:</source>
        <translation>Capacité nomin&amp;ative :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Save the infrastructure</source>
        <translation>Enregistrer l&apos;infrastructure</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the infrastructure a name.</source>
        <translation>Donnez un nom à l&apos;infrastructure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a platform version: digits separated by dots, e.g. 11.20.1 (empty: not set).</source>
        <translation>« %1 » n&apos;est pas une version de plateforme : des chiffres séparés par des points, p. ex. 11.20.1 (vide : non définie).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Platforms before 11.7.0 license named users: choose that licence model.</source>
        <translation>Les plateformes antérieures à 11.7.0 licencient des utilisateurs nominatifs : choisissez ce modèle de licence.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Change infrastructure %1</source>
        <translation>Modifier l&apos;infrastructure %1</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Remove infrastructure %1? Its %n runtime(s), %2 records, owned domains and decisions are deleted, and this cannot be undone.</source>
        <translation>
            <numerusform>Supprimer l&apos;infrastructure %1 ? Son %n environnement d&apos;exécution, ses %2 enregistrements, ses domaines propres et ses décisions sont effacés, et c&apos;est irréversible.</numerusform>
            <numerusform>Supprimer l&apos;infrastructure %1 ? Ses %n environnements d&apos;exécution, ses %2 enregistrements, ses domaines propres et ses décisions sont effacés, et c&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Infrastructure</source>
        <translation>Supprimer l&apos;infrastructure</translation>
    </message>
</context>
<context>
    <name>hc::JsonReader</name>
    <message>
        <location filename="../src/import/JsonReader.cpp" line="+65"/>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an array of user records, or an object holding one such array</source>
        <translation>un tableau d&apos;enregistrements d&apos;utilisateurs était attendu, ou un objet contenant un tel tableau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the JSON object holds no array: %1</source>
        <translation>l&apos;objet JSON ne contient aucun tableau : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the JSON object holds several arrays (%1): %2</source>
        <translation>l&apos;objet JSON contient plusieurs tableaux (%1) : %2</translation>
    </message>
</context>
<context>
    <name>hc::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="+85"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;claim</source>
        <translation>&amp;Récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Dashboard (Alt+D) and Users (Alt+U)</source>
        <translation type="vanished">Tableau de bord (Alt+T) et Utilisateurs (Alt+U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard (Alt+D), Users (Alt+U) and Reclaim (Alt+C)</source>
        <translation>Tableau de bord (Alt+T), Utilisateurs (Alt+U) et Récupération (Alt+R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The infrastructure whose counts every view shows (Alt+I)</source>
        <translation>L&apos;infrastructure dont toutes les vues affichent les décomptes (Alt+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Infrastructure:</source>
        <translation>&amp;Infrastructure :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Another program changed the workspace; the figures are current.</source>
        <translation>Un autre programme a modifié l&apos;espace de travail ; les chiffres sont à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the shared workspace was lost and is restored; the figures are current. Undo starts afresh.</source>
        <translation>La connexion à l’espace de travail partagé a été perdue puis rétablie ; les chiffres sont à jour. L’historique d’annulation repart de zéro.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Connect to Shared Workspace…</source>
        <translation>Se &amp;connecter à un espace de travail partagé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a workspace that several administrators share on a PostgreSQL server</source>
        <translation>Ouvre un espace de travail que plusieurs administrateurs partagent sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language, theme, default inactivity days and workspace folder</source>
        <translation>Langue, thème, jours d&apos;inactivité par défaut et dossier des espaces de travail</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Domai&amp;ns</source>
        <translation>Domai&amp;nes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Runtimes</source>
        <translation>En&amp;vironnements</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I&amp;nfrastructures…</source>
        <translation>I&amp;nfrastructures…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage…</source>
        <translation>Gérer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename or remove infrastructures; set licence model, platform version and capacities</source>
        <translation>Ajouter, renommer ou supprimer des infrastructures ; définir le modèle de licence, la version de la plateforme et les capacités</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a workspace before managing its infrastructures.</source>
        <translation>Ouvrez un espace de travail avant d&apos;en gérer les infrastructures.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applying a change</source>
        <translation>Application d&apos;une modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying… %p%</source>
        <translation>Application… %p%</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not open the workspace. %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail. %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headcount workspaces (*.db *.sqlite *.headcount);;All files (*)</source>
        <translation>Espaces de travail Headcount (*.db *.sqlite *.headcount);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not read the counts: %1</source>
        <translation>Impossible de lire les décomptes : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts are current.</source>
        <translation>Les décomptes sont à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Headcount</source>
        <translation>À propos de Headcount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Headcount %1&lt;/h3&gt;&lt;p&gt;Keeps a low-code platform&apos;s end-user licence in compliance: unique internal and external users per capacity, who they are and why each one counts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Headcount %1&lt;/h3&gt;&lt;p&gt;Maintient la licence utilisateurs finaux d&apos;une plateforme low-code en conformité : utilisateurs internes et externes uniques par capacité, qui ils sont et pourquoi chacun compte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
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
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a workspace before importing an export.</source>
        <translation>Ouvrez un espace de travail avant d&apos;importer un export.</translation>
    </message>
</context>
<context>
    <name>hc::MessageText</name>
    <message numerus="yes">
        <location filename="../src/import/MessageText.cpp" line="+87"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::MessageWidget</name>
    <message>
        <location filename="../src/gui/MessageWidget.cpp" line="+65"/>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>hc::PasswordPrompt</name>
    <message>
        <location filename="../src/gui/PasswordPrompt.cpp" line="+33"/>
        <source>The server of %1 asks for a password.</source>
        <translation>Le serveur de %1 demande un mot de passe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used for this connection only; never saved.</source>
        <translation>Utilisé pour cette connexion uniquement ; jamais enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>hc::ReadSnapshot</name>
    <message>
        <location filename="../src/storage/ReportQueries.cpp" line="+173"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>starting to read</source>
        <translation>début de la lecture</translation>
    </message>
</context>
<context>
    <name>hc::RecentWorkspacesMenu</name>
    <message>
        <location filename="../src/gui/RecentWorkspacesMenu.cpp" line="+12"/>
        <source>Recent &amp;Workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>hc::ReclaimView</name>
    <message>
        <location filename="../src/gui/ReclaimView.cpp" line="+74"/>
        <source>Not &amp;logged in for</source>
        <translation>&amp;Pas connectés depuis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days without a login</source>
        <translation>Jours sans connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in runti&amp;me</source>
        <translation>dans l&apos;envir&amp;onnement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runtime</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only members of an imported group</source>
        <translation>Seulement les membres d&apos;un groupe importé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deac&amp;tivate Candidates…</source>
        <translation>Désactiver les &amp;candidats…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate the candidates</source>
        <translation>Désactiver les candidats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate every candidate here (undoable) and write, per runtime, the list to deactivate on the platform</source>
        <translation>Désactiver ici tous les candidats (annulable) et écrire, par environnement d&apos;exécution, la liste à désactiver sur la plateforme</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Counts after deactivating the candidates</source>
        <translation>Décomptes après désactivation des candidats</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Internal users after</source>
        <translation>Utilisateurs internes après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External users after</source>
        <translation>Utilisateurs externes après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named users after</source>
        <translation>Utilisateurs nominatifs après</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deactivation candidates</source>
        <translation>Candidats à la désactivation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>all runtimes</source>
        <translation>tous les environnements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any group</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Could not work out the effect of deactivating the candidates: %1</source>
        <translation>Impossible de déterminer l&apos;effet de la désactivation des candidats : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 → %3 (%4%5)</source>
        <translation>%1 %2 → %3 (%4%5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>named</source>
        <translation>nominatifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal</source>
        <translation>internes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external</source>
        <translation>externes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a workspace to find deactivation candidates.</source>
        <translation>Ouvrez un espace de travail pour trouver les candidats à la désactivation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding the candidates…</source>
        <translation>Recherche des candidats…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No counted user has gone %Ln day(s) without a login.</source>
        <translation>
            <numerusform>Aucun utilisateur compté n&apos;est resté %Ln jour sans connexion.</numerusform>
            <numerusform>Aucun utilisateur compté n&apos;est resté %Ln jours sans connexion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln candidate(s) not logged in for %1 days or more.</source>
        <translation>
            <numerusform>%Ln candidat non connecté depuis %1 jours ou plus.</numerusform>
            <numerusform>%Ln candidats non connectés depuis %1 jours ou plus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivating them: %1</source>
        <translation>En les désactivant : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder for the Lists to Apply on the Platform</source>
        <translation>Dossier des listes à appliquer sur la plateforme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The users were deactivated here (Undo restores them), but the lists for the platform were not written: %1</source>
        <translation>Les utilisateurs ont été désactivés ici (Annuler les rétablit), mais les listes pour la plateforme n&apos;ont pas été écrites : %1</translation>
    </message>
</context>
<context>
    <name>hc::ReportActions</name>
    <message>
        <location filename="../src/gui/ReportActions.cpp" line="+29"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print preview of the compliance report</source>
        <translation>Aperçu avant impression du rapport de conformité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the compliance report</source>
        <translation>Imprimer le rapport de conformité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the compliance report as PDF</source>
        <translation>Exporter le rapport de conformité en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the compliance report as HTML</source>
        <translation>Exporter le rapport de conformité en HTML</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Report progress</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the report</source>
        <translation>Création du rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the report</source>
        <translation>Annuler le rapport</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Export Report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Export Report as HTML</source>
        <translation>Exporter le rapport en HTML</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>licence-report</source>
        <translation>rapport-licence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML documents (*.html *.htm)</source>
        <translation>Documents HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Report cancelled.</source>
        <translation>Rapport annulé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not make the report: %1</source>
        <translation>Impossible de créer le rapport : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print Preview – %1</source>
        <translation>Aperçu avant impression – %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not lay out the report: %1</source>
        <translation>Impossible de mettre en page le rapport : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not print the report: %1</source>
        <translation>Impossible d&apos;imprimer le rapport : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ReportBuilder</name>
    <message>
        <location filename="../src/report/ReportBuilder.cpp" line="+24"/>
        <source>The number of inactive days must be at least 1.</source>
        <translation>Le nombre de jours d&apos;inactivité doit être au moins 1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The workspace has no infrastructure.</source>
        <translation>L&apos;espace de travail n&apos;a aucune infrastructure.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot compute the SHA-256 fingerprint.</source>
        <translation>Impossible de calculer l&apos;empreinte SHA-256.</translation>
    </message>
</context>
<context>
    <name>hc::ReportFile</name>
    <message>
        <location filename="../src/report/ReportFile.cpp" line="+24"/>
        <source>Licence compliance roll-up</source>
        <translation>Synthèse de conformité des licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence compliance report: %1</source>
        <translation>Rapport de conformité de licence : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>hc::ReportFingerprint</name>
    <message>
        <location filename="../src/report/ReportFingerprint.cpp" line="+204"/>
        <source>Cannot compute the SHA-256 fingerprint.</source>
        <translation>Impossible de calculer l&apos;empreinte SHA-256.</translation>
    </message>
</context>
<context>
    <name>hc::ReportHtml</name>
    <message>
        <location filename="../src/report/ReportHtml.cpp" line="+90"/>
        <source>no capacity set</source>
        <translation>aucune capacité définie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within capacity</source>
        <translation>dans la capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEAR capacity</source>
        <translation>capacité PRESQUE atteinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVER capacity</source>
        <translation>capacité DÉPASSÉE</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Licence compliance report</source>
        <translation>Rapport de conformité de licence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence compliance roll-up</source>
        <translation>Synthèse de conformité des licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+17"/>
        <source>Infrastructures</source>
        <translation>Infrastructures</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique individuals / licensed</source>
        <translation>Personnes uniques / sous licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the platform consoles</source>
        <translation>Somme des consoles de la plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprints</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each infrastructure follows on its own pages.</source>
        <translation>Chaque infrastructure suit sur ses propres pages.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Licence compliance report:</source>
        <translation>Rapport de conformité de licence :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence model</source>
        <translation>Modèle de licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform version</source>
        <translation>Version de la plateforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set (11.11.3 or later)</source>
        <translation>non définie (11.11.3 ou ultérieure)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <location line="+148"/>
        <source>Runtimes</source>
        <translation>Environnements d&apos;exécution</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+124"/>
        <location line="+69"/>
        <location line="+41"/>
        <location line="+10"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Pseudonymised: names, usernames, e-mail addresses and domains are replaced by consistent pseudonyms; every count is unchanged.</source>
        <translation>Pseudonymisé : les noms, identifiants, adresses e-mail et domaines sont remplacés par des pseudonymes cohérents ; tous les décomptes sont inchangés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 unique individuals; no capacity is set.</source>
        <translation>%1 : %2 personnes uniques ; aucune capacité n&apos;est définie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 unique individuals of %3 licensed (%4): within capacity.</source>
        <translation>%1 : %2 personnes uniques sur %3 sous licence (%4) : dans la capacité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 unique individuals of %3 licensed (%4): NEAR capacity (warning from %5 %).</source>
        <translation>%1 : %2 personnes uniques sur %3 sous licence (%4) : capacité PRESQUE atteinte (alerte à partir de %5 %).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 unique individuals of %3 licensed (%4): OVER capacity by %5.</source>
        <translation>%1 : %2 personnes uniques sur %3 sous licence (%4) : capacité DÉPASSÉE de %5.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+111"/>
        <source>Named</source>
        <translation>Nominatifs</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+108"/>
        <source>Internal</source>
        <translation>Internes</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+108"/>
        <source>External</source>
        <translation>Externes</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Capacities and unique counts</source>
        <translation>Capacités et décomptes uniques</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Licensed</source>
        <translation>Sous licence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique individuals</source>
        <translation>Personnes uniques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gauge</source>
        <translation>Jauge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The licence is measured on unique individuals (R6): %1 in all.</source>
        <translation>La licence est mesurée sur les personnes uniques (R6) : %1 au total.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <location line="+136"/>
        <location line="+37"/>
        <source>Runtime</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Counted internal</source>
        <translation>Comptés internes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted external</source>
        <translation>Comptés externes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Comptés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform internal</source>
        <translation>Plateforme internes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform external</source>
        <translation>Plateforme externes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform estimate</source>
        <translation>Estimation de la plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last import</source>
        <translation>Dernier import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records (any status)</source>
        <translation>Enregistrements (tout statut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted records on all runtimes: %1. The platform estimate is what each runtime&apos;s own console shows (R12).</source>
        <translation>Enregistrements comptés sur tous les environnements : %1. L&apos;estimation de la plateforme est ce qu&apos;affiche la propre console de chaque environnement (R12).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Console of %1</source>
        <translation>Console de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the consoles</source>
        <translation>Somme des consoles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique individuals (the licence figure)</source>
        <translation>Personnes uniques (le chiffre de la licence)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconciliation with the platform</source>
        <translation>Rapprochement avec la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenants: %1 in all, %2 of multi-tenant apps (each account counts once per tenant), %3 holding IT users (never counted).</source>
        <translation>Locataires : %1 au total, %2 d&apos;applications multi-locataires (chaque compte compte une fois par locataire), %3 contenant des utilisateurs IT (jamais comptés).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (R5, first that applies)</source>
        <translation>Motif (R5, le premier qui s&apos;applique)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT users</source>
        <translation>Utilisateurs IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonymes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted</source>
        <translation>Non comptés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trend and forecast</source>
        <translation>Tendance et prévision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No count history is stored for this infrastructure yet.</source>
        <translation>Aucun historique des décomptes n&apos;est encore enregistré pour cette infrastructure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of capacity</source>
        <translation>De la capacité</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Unique individuals at the end of each day shown (%n day(s) with changes stored).</source>
        <translation>
            <numerusform>Personnes uniques à la fin de chaque jour affiché (%n jour avec des changements enregistré).</numerusform>
            <numerusform>Personnes uniques à la fin de chaque jour affiché (%n jours avec des changements enregistrés).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast (least-squares trend of the last %1 days, dates up to %2 days ahead):</source>
        <translation>Prévision (tendance par les moindres carrés sur les %1 derniers jours, dates jusqu&apos;à %2 jours à l&apos;avance) :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Owned domains</source>
        <translation>Domaines propres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No domain is owned: every record is internal (R4).</source>
        <translation>Aucun domaine propre : chaque enregistrement est interne (R4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain as typed</source>
        <translation>Domaine tel que saisi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normalised</source>
        <translation>Normalisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top external domains</source>
        <translation>Principaux domaines externes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The named model has no external users (R9).</source>
        <translation>Le modèle nominatif n&apos;a pas d&apos;utilisateurs externes (R9).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted records</source>
        <translation>Enregistrements comptés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 external domains with %2 counted records in all.</source>
        <translation>%1 domaines externes avec %2 enregistrements comptés au total.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records without a valid e-mail</source>
        <translation>Enregistrements sans e-mail valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counted records (internal by R4) and %2 records that do not count have no valid e-mail address in Email or Username (R2).</source>
        <translation>%1 enregistrements comptés (internes par R4) et %2 enregistrements non comptés n&apos;ont aucune adresse e-mail valide dans Email ou Username (R2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+21"/>
        <location line="+16"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Email field</source>
        <translation>Champ Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mails shared by several records</source>
        <translation>E-mails partagés par plusieurs enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 addresses are carried by %2 counted records with different usernames on one runtime. R6 counts each address as one person (and the platform as one user): check that none is a mailbox shared by several people.</source>
        <translation>%1 adresses sont portées par %2 enregistrements comptés avec des identifiants différents sur un même environnement. R6 compte chaque adresse comme une personne (et la plateforme comme un utilisateur) : vérifiez qu&apos;aucune n&apos;est une boîte partagée par plusieurs personnes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usernames</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 names are carried by %2 different individuals (same name, no shared address or username). If they are one person, link their records: each counts once more than needed.</source>
        <translation>%1 noms sont portés par %2 personnes différentes (même nom, aucune adresse ni aucun identifiant commun). S&apos;il s&apos;agit d&apos;une seule personne, liez leurs enregistrements : chacune compte une fois de trop.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Individuals</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deactivation candidates</source>
        <translation>Candidats à la désactivation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counted records have not logged in for %2 days or more (last login before %3, or never).</source>
        <translation>%1 enregistrements comptés ne se sont pas connectés depuis %2 jours ou plus (dernière connexion avant le %3, ou jamais).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 that logged in longest ago are listed.</source>
        <translation>Les %1 dont la connexion est la plus ancienne sont listés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R1 E-mail normalisation: an address is compared in lower case, with its domain in ASCII (IDNA) and without a trailing dot.</source>
        <translation>R1 Normalisation de l&apos;e-mail : une adresse est comparée en minuscules, avec son domaine en ASCII (IDNA) et sans point final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R2 A record&apos;s e-mail is its Email field when that is a valid address, else its Username when that is one, else it has none.</source>
        <translation>R2 L&apos;e-mail d&apos;un enregistrement est son champ Email quand c&apos;est une adresse valide, sinon son Username quand c&apos;en est une, sinon il n&apos;en a pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R3 A domain matches an owned domain only when they are equal: subdomains are listed on their own.</source>
        <translation>R3 Un domaine ne correspond à un domaine propre que s&apos;ils sont égaux : les sous-domaines sont listés à part.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R4 Internal when no domain is owned, when the record has no valid e-mail, or when its domain is owned; otherwise external.</source>
        <translation>R4 Interne quand aucun domaine n&apos;est propre, quand l&apos;enregistrement n&apos;a pas d&apos;e-mail valide, ou quand son domaine est propre ; sinon externe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5 Not counted, in this order: IT users, inactive users, anonymous users (never logged in, no personal data).</source>
        <translation>R5 Non comptés, dans cet ordre : utilisateurs IT, utilisateurs inactifs, utilisateurs anonymes (jamais connectés, aucune donnée personnelle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R6 Counted records sharing an e-mail address, or a username within one tenant pool, are one individual across all runtimes; links and splits made here override.</source>
        <translation>R6 Les enregistrements comptés partageant une adresse e-mail, ou un identifiant au sein d&apos;un même groupe de locataires, sont une seule personne sur tous les environnements ; les liens et séparations faits ici priment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R7 An individual is internal when any of its records is internal.</source>
        <translation>R7 Une personne est interne quand l&apos;un de ses enregistrements est interne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R8 Per runtime the counted records are given; the licence is measured on individuals.</source>
        <translation>R8 Par environnement, les enregistrements comptés sont indiqués ; la licence est mesurée sur les personnes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R9 The named model (platforms before 11.7.0): the same exclusions and individuals, no classification.</source>
        <translation>R9 Le modèle nominatif (plateformes antérieures à 11.7.0) : mêmes exclusions et mêmes personnes, sans classement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R10 A capacity is near its limit at 80 % and over when the count exceeds it.</source>
        <translation>R10 Une capacité est presque atteinte à 80 % et dépassée quand le décompte l&apos;excède.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R11 Every change recounts at once; this report was read in one consistent snapshot.</source>
        <translation>R11 Chaque modification recompte immédiatement ; ce rapport a été lu dans un seul instantané cohérent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R12 The platform estimate is what a runtime&apos;s own console shows: it merges a person&apos;s records within that runtime only (from 11.11.3), never across runtimes.</source>
        <translation>R12 L&apos;estimation de la plateforme est ce qu&apos;affiche la propre console d&apos;un environnement : elle fusionne les enregistrements d&apos;une personne au sein de cet environnement seulement (depuis 11.11.3), jamais entre environnements.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rules applied</source>
        <translation>Règles appliquées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 over the counts, the owned domains and every record behind them (canonical form version %1, described in the README):</source>
        <translation>SHA-256 sur les décomptes, les domaines propres et chaque enregistrement sous-jacent (forme canonique version %1, décrite dans le README) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recompute it from the workspace with: headcount-cli fingerprint --infra %1</source>
        <translation>Recalculez-la depuis l&apos;espace de travail avec : headcount-cli fingerprint --infra %1</translation>
    </message>
</context>
<context>
    <name>hc::ReportOptionsDialog</name>
    <message>
        <location filename="../src/gui/ReportOptionsDialog.cpp" line="+33"/>
        <source>&amp;This infrastructure (%1)</source>
        <translation>&amp;Cette infrastructure (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All infrastructures: a summary, then one section each</source>
        <translation>&amp;Toutes les infrastructures : une synthèse, puis une section chacune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pseudonymise names, usernames and e-mails (counts are kept)</source>
        <translation>&amp;Pseudonymiser les noms, identifiants et e-mails (les décomptes sont conservés)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days without a login</source>
        <translation>Jours sans connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted users not logged in for this many days are listed as deactivation candidates</source>
        <translation>Les utilisateurs comptés qui ne se sont pas connectés depuis ce nombre de jours sont listés comme candidats à la désactivation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report covers the infrastructure shown in the tool bar</source>
        <translation>Le rapport couvre l&apos;infrastructure affichée dans la barre d&apos;outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report covers every infrastructure of the workspace</source>
        <translation>Le rapport couvre toutes les infrastructures de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For sharing the report outside the company</source>
        <translation>Pour partager le rapport hors de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivation candidates: not logged in for</source>
        <translation>Candidats à la &amp;désactivation : pas connectés depuis</translation>
    </message>
    <message>
        <source>Deactivation candidates: not logged in for</source>
        <translation type="vanished">Candidats à la désactivation : pas connectés depuis</translation>
    </message>
</context>
<context>
    <name>hc::ReportPdf</name>
    <message>
        <location filename="../src/report/ReportPdf.cpp" line="+20"/>
        <source>Laying out a PDF needs a QGuiApplication.</source>
        <translation>La mise en page d&apos;un PDF exige une QGuiApplication.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot start painting the report.</source>
        <translation>Impossible de commencer à dessiner le rapport.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot start page %1 of the report.</source>
        <translation>Impossible de commencer la page %1 du rapport.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot finish painting the report.</source>
        <translation>Impossible de terminer le dessin du rapport.</translation>
    </message>
</context>
<context>
    <name>hc::ReportQueries</name>
    <message>
        <location filename="../src/storage/ReportQueries.cpp" line="-162"/>
        <source>Database error while reading %1 for the report: %2</source>
        <translation>Erreur de base de données lors de la lecture des %1 pour le rapport : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+10"/>
        <source>external domains</source>
        <translation>domaines externes</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>records without an e-mail</source>
        <translation>enregistrements sans e-mail</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>records</source>
        <translation>enregistrements</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>runtimes</source>
        <translation>environnements d&apos;exécution</translation>
    </message>
    <message>
        <source>The compliance report</source>
        <translation type="vanished">Le rapport de conformité</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">Le pilote de base de données ne fournit pas de handle SQLite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading records</source>
        <translation>lecture des enregistrements</translation>
    </message>
</context>
<context>
    <name>hc::RuntimeCountsModel</name>
    <message>
        <location filename="../src/gui/RuntimeCountsModel.cpp" line="+111"/>
        <source>Production runtime %1</source>
        <translation>Environnement de production %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n counted internal record(s) in %1</source>
        <translation>
            <numerusform>%n enregistrement interne compté dans %1</numerusform>
            <numerusform>%n enregistrements internes comptés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n counted external record(s) in %1</source>
        <translation>
            <numerusform>%n enregistrement externe compté dans %1</numerusform>
            <numerusform>%n enregistrements externes comptés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n counted record(s) in %1</source>
        <translation>
            <numerusform>%n enregistrement compté dans %1</numerusform>
            <numerusform>%n enregistrements comptés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>What %1&apos;s own console shows: %n user(s)</source>
        <translation>
            <numerusform>Ce qu&apos;affiche la propre console de %1 : %n utilisateur</numerusform>
            <numerusform>Ce qu&apos;affiche la propre console de %1 : %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Production runtime</source>
        <translation>Environnement de production</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted records classified internal (the platform&apos;s own per-runtime figure)</source>
        <translation>Enregistrements comptés classés internes (le chiffre propre de la plateforme par environnement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted records classified external (the platform&apos;s own per-runtime figure)</source>
        <translation>Enregistrements comptés classés externes (le chiffre propre de la plateforme par environnement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All counted records of the runtime; the same person in two runtimes counts in both</source>
        <translation>Tous les enregistrements comptés de l&apos;environnement ; la même personne dans deux environnements compte dans les deux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform&apos;s own estimate for this runtime (R12): records of the user providers&apos; default tenants that share an e-mail or username count once; each multi-tenant app account counts</source>
        <translation>L&apos;estimation propre de la plateforme pour cet environnement (R12) : les enregistrements des locataires par défaut des fournisseurs d&apos;utilisateurs qui partagent un e-mail ou un identifiant comptent une fois ; chaque compte d&apos;application multi-locataire compte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runtime</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal</source>
        <translation>Internes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External</source>
        <translation>Externes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console int.</source>
        <translation>Console int.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console ext.</source>
        <translation>Console ext.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console total</source>
        <translation>Console total</translation>
    </message>
</context>
<context>
    <name>hc::RuntimesModel</name>
    <message>
        <location filename="../src/gui/RuntimesModel.cpp" line="+86"/>
        <source>never</source>
        <translation>jamais</translation>
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
        <translation>Double-cliquez ou appuyez sur F2 pour renommer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Records that count (R8), before merging the same person across runtimes</source>
        <translation>Enregistrements qui comptent (R8), avant la fusion d&apos;une même personne entre environnements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this runtime&apos;s own console shows (R12)</source>
        <translation>Ce qu&apos;affiche la propre console de cet environnement (R12)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Runtime</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last import</source>
        <translation>Dernier import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>Comptés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted (int. / ext.)</source>
        <translation>Comptés (int. / ext.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform estimate</source>
        <translation>Estimation de la plateforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform estimate (int. / ext.)</source>
        <translation>Estimation de la plateforme (int. / ext.)</translation>
    </message>
</context>
<context>
    <name>hc::RuntimesView</name>
    <message>
        <location filename="../src/gui/RuntimesView.cpp" line="+89"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Runtimes</source>
        <translation>Environnements d&apos;exécution</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rena&amp;me</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected runtime</source>
        <translation>Renommer l&apos;environnement sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected runtime and its records</source>
        <translation>Supprimer l&apos;environnement sélectionné et ses enregistrements</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kind of the selected tenants:</source>
        <translation>T&amp;ype des locataires sélectionnés :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant kind</source>
        <translation>Type de locataire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set Kind</source>
        <translation>Appli&amp;quer le type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the kind of the selected tenants</source>
        <translation>Définir le type des locataires sélectionnés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cance&amp;l</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the running change</source>
        <translation>Annuler la modification en cours</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Runtimes of %1</source>
        <translation>Environnements d&apos;exécution de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unique individuals in all runtimes: %1, the figure the licence is measured against.</source>
        <translation>Personnes uniques dans tous les environnements : %1, le chiffre auquel la licence est mesurée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique individuals in all runtimes: %1 internal · %2 external, the figures the licence is measured against.</source>
        <translation>Personnes uniques dans tous les environnements : %1 internes · %2 externes, les chiffres auxquels la licence est mesurée.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Tenants found in all runtimes of %1</source>
        <translation>&amp;Locataires trouvés dans tous les environnements de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenants found in %1</source>
        <translation>&amp;Locataires trouvés dans %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename runtime %1 to %2</source>
        <translation>Renommer l&apos;environnement d&apos;exécution %1 en %2</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Remove runtime %1 and its %n record(s)? The administrator&apos;s decisions about them go too, and this cannot be undone.</source>
        <translation>
            <numerusform>Supprimer l&apos;environnement %1 et son %n enregistrement ? Les décisions de l&apos;administrateur à son sujet disparaissent aussi, et c&apos;est irréversible.</numerusform>
            <numerusform>Supprimer l&apos;environnement %1 et ses %n enregistrements ? Les décisions de l&apos;administrateur à leur sujet disparaissent aussi, et c&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Runtime</source>
        <translation>Supprimer l&apos;environnement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing runtime %1…</source>
        <translation>Suppression de l&apos;environnement %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Set the kind of %n tenant(s) to %1</source>
        <translation>
            <numerusform>Définir le type de %n locataire à %1</numerusform>
            <numerusform>Définir le type de %n locataires à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Setting the kind of %n tenant(s) to %1 and recounting…</source>
        <translation>
            <numerusform>Passage de %n locataire au type %1 et recomptage…</numerusform>
            <numerusform>Passage de %n locataires au type %1 et recomptage…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cancelling: the change is rolled back as soon as its current step has ended…</source>
        <translation>Annulation : la modification est annulée dès que son étape en cours est terminée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too late to cancel: the change is already being saved.</source>
        <translation>Trop tard pour annuler : la modification est déjà en cours d&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another change is still running; try again when it has finished.</source>
        <translation>Une autre modification est encore en cours ; réessayez quand elle sera terminée.</translation>
    </message>
</context>
<context>
    <name>hc::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="+31"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the console; used from the next start</source>
        <translation>La langue de la console ; appliquée au prochain démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used when Headcount is started again.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Headcount.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console&apos;s colours: as the desktop, light or dark</source>
        <translation>Les couleurs de la console : comme le bureau, claires ou sombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default days without a login</source>
        <translation>Nombre de jours sans connexion par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users not logged in for this many days are offered as deactivation candidates</source>
        <translation>Les utilisateurs qui ne se sont pas connectés depuis ce nombre de jours sont proposés comme candidats à la désactivation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default workspace folder</source>
        <translation>Dossier par défaut des espaces de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the Open Workspace dialog starts; empty for your home folder</source>
        <translation>Où s&apos;ouvre la boîte de dialogue Ouvrir un espace de travail ; vide pour votre dossier personnel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the default workspace folder</source>
        <translation>Choisir le dossier par défaut des espaces de travail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivation candidates after:</source>
        <translation>Candidats à la &amp;désactivation après :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default workspace &amp;folder:</source>
        <translation>D&amp;ossier par défaut des espaces de travail :</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Default Workspace Folder</source>
        <translation>Dossier par défaut des espaces de travail</translation>
    </message>
</context>
<context>
    <name>hc::StorageErrors</name>
    <message>
        <location filename="../src/storage/StorageErrors.h" line="+35"/>
        <source>The workspace is damaged: %1. Nothing was changed; run &apos;headcount-cli check&apos;, and restore a backup.</source>
        <translation>L&apos;espace de travail est endommagé : %1. Rien n&apos;a été modifié ; lancez &apos;headcount-cli check&apos; et restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is not yet supported on a shared PostgreSQL workspace.</source>
        <translation type="vanished">%1 n&apos;est pas encore disponible sur un espace de travail PostgreSQL partagé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Database error while %1: %2</source>
        <translation>Erreur de base de données (%1) : %2</translation>
    </message>
</context>
<context>
    <name>hc::TenantsModel</name>
    <message>
        <location filename="../src/gui/TenantsModel.cpp" line="+42"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app</source>
        <translation>application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no tenant id)</source>
        <translation>(sans identifiant de locataire)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A user provider&apos;s default tenant: its usernames are merged with the other default tenants&apos; (R6)</source>
        <translation>Le locataire par défaut d&apos;un fournisseur d&apos;utilisateurs : ses identifiants sont fusionnés avec ceux des autres locataires par défaut (R6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A multi-tenant application&apos;s tenant: its logins are its own, never merged by username with other tenants (R6, R12)</source>
        <translation>Le locataire d&apos;une application multi-locataires : ses comptes lui sont propres, jamais fusionnés par identifiant avec d&apos;autres locataires (R6, R12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tenant of IT users (Service Center&apos;s): its records never count (R5)</source>
        <translation>Le locataire des utilisateurs IT (celui de Service Center) : ses enregistrements ne comptent jamais (R5)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runtimes</source>
        <translation>Environnements</translation>
    </message>
</context>
<context>
    <name>hc::TextDecoder</name>
    <message>
        <location filename="../src/import/TextDecoder.cpp" line="+213"/>
        <source>not valid UTF-8: the byte %1 here is no UTF-8 character, though the file starts with a UTF-8 byte order mark (a damaged file, or text of another encoding pasted in)</source>
        <translation>UTF-8 non valide : l&apos;octet %1 ici n&apos;est pas un caractère UTF-8, bien que le fichier commence par une marque d&apos;ordre des octets UTF-8 (un fichier endommagé, ou du texte d&apos;un autre encodage collé dedans)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid UTF-8: the byte %1 here is no UTF-8 character, though the file holds UTF-8 text elsewhere (a damaged file, or text of another encoding pasted in)</source>
        <translation>UTF-8 non valide : l&apos;octet %1 ici n&apos;est pas un caractère UTF-8, bien que le fichier contienne du texte UTF-8 ailleurs (un fichier endommagé, ou du texte d&apos;un autre encodage collé dedans)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid UTF-8: the byte %1 here is no UTF-8 character (a JSON export is UTF-8 or UTF-16)</source>
        <translation>UTF-8 non valide : l&apos;octet %1 ici n&apos;est pas un caractère UTF-8 (un export JSON est en UTF-8 ou UTF-16)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not valid %1 text: the file has an odd number of bytes</source>
        <translation>texte %1 non valide : le fichier a un nombre impair d&apos;octets</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not valid %1 text: the lone surrogate %2 here is no character</source>
        <translation>texte %1 non valide : le substitut isolé %2 ici n&apos;est pas un caractère</translation>
    </message>
</context>
<context>
    <name>hc::Transaction</name>
    <message>
        <location filename="../src/storage/Transaction.cpp" line="+38"/>
        <source>Database error while starting a transaction: %1</source>
        <translation>Erreur de base de données au démarrage d&apos;une transaction : %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The workspace is busy: another process kept it locked for 30 s. Nothing was changed; try again when it has finished.</source>
        <translation>L&apos;espace de travail est occupé : un autre processus l&apos;a gardé verrouillé pendant 30 s. Rien n&apos;a été modifié ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database error: the transaction is not open.</source>
        <translation>Erreur de base de données : la transaction n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+18"/>
        <location line="+20"/>
        <source>Database error while committing: %1</source>
        <translation>Erreur de base de données lors de la validation : %1</translation>
    </message>
</context>
<context>
    <name>hc::TrendChartWidget</name>
    <message>
        <source>Internal users</source>
        <translation type="vanished">Utilisateurs internes</translation>
    </message>
    <message>
        <source>External users</source>
        <translation type="vanished">Utilisateurs externes</translation>
    </message>
    <message>
        <source>Named users</source>
        <translation type="vanished">Utilisateurs nominatifs</translation>
    </message>
    <message>
        <location filename="../src/gui/TrendChartWidget.cpp" line="+46"/>
        <source>Internal capacity</source>
        <translation>Capacité interne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External capacity</source>
        <translation>Capacité externe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named capacity</source>
        <translation>Capacité nominative</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Trend of unique users against capacity</source>
        <translation>Tendance des utilisateurs uniques face à la capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trend appears here once the counts have changed on a few days.</source>
        <translation>La tendance apparaît ici dès que les décomptes ont changé sur quelques jours.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Dashed lines: the capacities.</source>
        <translation>Lignes pointillées : les capacités.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No count history yet.</source>
        <translation>Pas encore d&apos;historique des décomptes.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n snapshot(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n instantané du %1 au %2.</numerusform>
            <numerusform>%n instantanés du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 now %2 of %3.</source>
        <translation>%1 : maintenant %2 sur %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now %2, no capacity set.</source>
        <translation>%1 : maintenant %2, aucune capacité définie.</translation>
    </message>
</context>
<context>
    <name>hc::UsersCsvExport</name>
    <message>
        <location filename="../src/gui/UsersCsvExport.cpp" line="+25"/>
        <source>Writing %1 users…</source>
        <translation>Écriture de %1 utilisateurs…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>users.csv</source>
        <translation>utilisateurs.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>selected-users.csv</source>
        <translation>utilisateurs-sélectionnés.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Users to CSV</source>
        <translation>Exporter les utilisateurs en CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Selected Users to CSV</source>
        <translation>Exporter les utilisateurs sélectionnés en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the CSV file…</source>
        <translation>Écriture du fichier CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV export progress</source>
        <translation>Progression de l&apos;export CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The CSV file was not written: %1</source>
        <translation>Le fichier CSV n&apos;a pas été écrit : %1</translation>
    </message>
</context>
<context>
    <name>hc::UsersModel</name>
    <message>
        <location filename="../src/gui/UsersModel.cpp" line="+321"/>
        <source>Could not list the users: %1</source>
        <translation>Impossible de lister les utilisateurs : %1</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Runtime</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deactivated in Headcount; still active on the platform: deactivate it there too.</source>
        <translation>Désactivé dans Headcount ; encore actif sur la plateforme : désactivez-le aussi là-bas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated in Headcount.</source>
        <translation>Désactivé dans Headcount.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT flag set by an administrator in Headcount.</source>
        <translation>Marqueur IT posé par un administrateur dans Headcount.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split: kept apart from automatic matching (only links join it).</source>
        <translation>Séparé : tenu à l&apos;écart de l&apos;association automatique (seuls les liens le réunissent).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default tenant</source>
        <translation>Locataire par défaut</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IT user</source>
        <translation>Utilisateur IT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deactivated here</source>
        <translation>Désactivé ici</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IT user, deactivated here</source>
        <translation>Utilisateur IT, désactivé ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, split</source>
        <translation>, séparé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Externe</translation>
    </message>
</context>
<context>
    <name>hc::UsersView</name>
    <message>
        <location filename="../src/gui/UsersView.cpp" line="+93"/>
        <source>Search username, name, e-mail, phone or external id</source>
        <translation>Rechercher un identifiant, nom, e-mail, téléphone ou identifiant externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters the table by username, name, e-mail, phone or external id (Ctrl+F)</source>
        <translation>Filtre le tableau par identifiant, nom, e-mail, téléphone ou identifiant externe (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Runtime</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Internes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Externes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Comptés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT users</source>
        <translation>Utilisateurs IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonymes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+206"/>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Show the users of one tenant only</source>
        <translation>N&apos;afficher que les utilisateurs d&apos;un locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+184"/>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Members of an imported group; select all to act on the whole group</source>
        <translation>Membres d&apos;un groupe importé ; sélectionnez-les tous pour agir sur le groupe entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the users of one runtime only</source>
        <translation>Afficher uniquement les utilisateurs d&apos;un environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show internal or external users only</source>
        <translation>Afficher uniquement les utilisateurs internes ou externes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show counted, IT, inactive or anonymous records only</source>
        <translation>Afficher uniquement les enregistrements comptés, IT, inactifs ou anonymes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User actions</source>
        <translation>Actions sur les utilisateurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate the selected users: they stop counting (R5)</source>
        <translation>Désactiver les utilisateurs sélectionnés : ils cessent de compter (R5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a deactivation made in Headcount</source>
        <translation>Annuler une désactivation faite dans Headcount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;IT User</source>
        <translation>Marquer comme utilisateur &amp;IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developers and administrators who do not use the apps do not count (R5)</source>
        <translation>Les développeurs et administrateurs qui n&apos;utilisent pas les applications ne comptent pas (R5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear IT Flag</source>
        <translation>&amp;Retirer le marqueur IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected users use the apps: they count</source>
        <translation>Les utilisateurs sélectionnés utilisent les applications : ils comptent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two selected records are the same person (R6)</source>
        <translation>Les deux enregistrements sélectionnés sont la même personne (R6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+328"/>
        <source>&amp;Split</source>
        <translation>&amp;Séparer</translation>
    </message>
    <message>
        <location line="-327"/>
        <location line="+329"/>
        <source>Keep the selected record apart from automatic matching (R6)</source>
        <translation>Tenir l&apos;enregistrement sélectionné à l&apos;écart de l&apos;association automatique (R6)</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>&amp;Explain…</source>
        <translation>&amp;Expliquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which rules classified and counted the selected record</source>
        <translation>Quelles règles ont classé et compté l&apos;enregistrement sélectionné</translation>
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
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the users listed (with the search and filters) to a CSV file</source>
        <translation>Écrire les utilisateurs listés (avec la recherche et les filtres) dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Selection to CSV…</source>
        <translation>Exporter la séle&amp;ction en CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected users to a CSV file</source>
        <translation>Écrire les utilisateurs sélectionnés dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per user record; the tool bar acts on the selected rows</source>
        <translation>Une ligne par enregistrement d&apos;utilisateur ; la barre d&apos;outils agit sur les lignes sélectionnées</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>All runtimes</source>
        <translation>Tous les environnements</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Default tenant</source>
        <translation>Locataire par défaut</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Kind %1 · %n record(s)</source>
        <translation>
            <numerusform>Type %1 · %n enregistrement</numerusform>
            <numerusform>Type %1 · %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 users · reading…</source>
        <translation>%1 utilisateurs · lecture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ users · counting…</source>
        <translation>%1+ utilisateurs · décompte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user matches “%1”</source>
        <translation>Aucun utilisateur ne correspond à « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No users with these filters</source>
        <translation>Aucun utilisateur avec ces filtres</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · %1 selected</source>
        <translation> · sélection : %1</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Select the users to export first.</source>
        <translation>Sélectionnez d&apos;abord les utilisateurs à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="vanished">
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+135"/>
        <source>The list is still being read; try again in a moment.</source>
        <translation>La liste est encore en cours de lecture ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>A record without a username cannot be decided on: decisions are kept by username.</source>
        <translation>Un enregistrement sans identifiant ne peut faire l&apos;objet d&apos;aucune décision : les décisions sont conservées par identifiant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select at most %L1 users for one decision.</source>
        <translation>Sélectionnez au plus %L1 utilisateurs pour une décision.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Re&amp;join</source>
        <translation>Ré&amp;unir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let automatic matching join the selected record again (R6)</source>
        <translation>Laisser l&apos;association automatique réunir de nouveau l&apos;enregistrement sélectionné (R6)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select exactly two records to link them.</source>
        <translation>Sélectionnez exactement deux enregistrements pour les lier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select one record to split it.</source>
        <translation>Sélectionnez un enregistrement pour le séparer.</translation>
    </message>
</context>
<context>
    <name>hc::ValueParser</name>
    <message>
        <location filename="../src/import/ValueParser.cpp" line="+202"/>
        <source>%1 is not a boolean (true/false, 1/0, yes/no, y/n)</source>
        <translation>%1 n&apos;est pas un booléen (true/false, 1/0, yes/no, y/n)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a date (ISO 8601, e.g. 2025-06-30, 2025-06-30 14:05:00 or 2025-06-30T14:05:00Z)</source>
        <translation>%1 n&apos;est pas une date (ISO 8601, p. ex. 2025-06-30, 2025-06-30 14:05:00 ou 2025-06-30T14:05:00Z)</translation>
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
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+30"/>
        <source>Could not read the changes made by another program: %1</source>
        <translation>Impossible de lire les modifications faites par un autre programme : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connection to the shared workspace was lost (%1). Headcount tries again every few seconds; until then the figures shown may be out of date.</source>
        <translation>La connexion à l’espace de travail partagé est perdue (%1). Headcount réessaie toutes les quelques secondes ; d’ici là, les chiffres affichés peuvent être périmés.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+34"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="-168"/>
        <location line="+115"/>
        <location line="+57"/>
        <source>A change is still being applied; try again when it is done.</source>
        <translation>Une modification est encore en cours d&apos;application ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="-33"/>
        <source>The selected users are deactivated already.</source>
        <translation>Les utilisateurs sélectionnés sont déjà désactivés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+1"/>
        <source>Only users deactivated in Headcount can be activated here; the others are inactive on the platform itself.</source>
        <translation>Seuls les utilisateurs désactivés dans Headcount peuvent être activés ici ; les autres sont inactifs sur la plateforme elle-même.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+6"/>
        <source>Deactivate %n user(s)</source>
        <translation>
            <numerusform>Désactiver %n utilisateur</numerusform>
            <numerusform>Désactiver %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+0"/>
        <source>Activate %n user(s)</source>
        <translation>
            <numerusform>Activer %n utilisateur</numerusform>
            <numerusform>Activer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="-111"/>
        <source>The selected users are marked as IT users already.</source>
        <translation>Les utilisateurs sélectionnés sont déjà marqués comme utilisateurs IT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+1"/>
        <source>The IT flag of the selected users is cleared already.</source>
        <translation>Le marqueur IT des utilisateurs sélectionnés est déjà retiré.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+4"/>
        <source>Mark %n user(s) as IT users</source>
        <translation>
            <numerusform>Marquer %n utilisateur comme utilisateur IT</numerusform>
            <numerusform>Marquer %n utilisateurs comme utilisateurs IT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+1"/>
        <source>Clear the IT flag of %n user(s)</source>
        <translation>
            <numerusform>Retirer le marqueur IT de %n utilisateur</numerusform>
            <numerusform>Retirer le marqueur IT de %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>These two records are linked already.</source>
        <translation>Ces deux enregistrements sont déjà liés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link %1 and %2</source>
        <translation>Lier %1 et %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is split already.</source>
        <translation>%1 est déjà séparé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not split.</source>
        <translation>%1 n&apos;est pas séparé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Split %1</source>
        <translation>Séparer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejoin %1</source>
        <translation>Réunir %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Annulé.</translation>
    </message>
    <message>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+181"/>
        <source>Import %1 into %2</source>
        <translation>Importer %1 dans %2</translation>
    </message>
</context>
</TS>

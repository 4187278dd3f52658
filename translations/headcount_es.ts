<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>finding a user</source>
        <translation type="vanished">buscar un usuario</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot; in that runtime.</source>
        <translation type="vanished">No hay ningún usuario &quot;%1&quot; en ese entorno.</translation>
    </message>
    <message>
        <source>recording a decision</source>
        <translation type="vanished">registrar una decisión</translation>
    </message>
    <message>
        <source>updating a record</source>
        <translation type="vanished">actualizar un registro</translation>
    </message>
    <message>
        <source>A link joins two records of one tenant; records of different tenants are joined by a shared e-mail address (R6).</source>
        <translation type="vanished">Un vínculo une dos registros de un mismo inquilino; los registros de inquilinos distintos se unen por una dirección de correo compartida (R6).</translation>
    </message>
    <message>
        <source>linking records</source>
        <translation type="vanished">vincular registros</translation>
    </message>
    <message>
        <source>reading links</source>
        <translation type="vanished">leer los vínculos</translation>
    </message>
    <message>
        <source>unlinking records</source>
        <translation type="vanished">desvincular registros</translation>
    </message>
    <message>
        <source>reading owned domains</source>
        <translation type="vanished">leer los dominios propios</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain (R1: at least two labels of a-z, 0-9 and -).</source>
        <translation type="vanished">&quot;%1&quot; no es un dominio válido (R1: al menos dos etiquetas de a-z, 0-9 y -).</translation>
    </message>
    <message>
        <source>adding a domain</source>
        <translation type="vanished">añadir un dominio</translation>
    </message>
    <message>
        <source>removing a domain</source>
        <translation type="vanished">quitar un dominio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an owned domain of this infrastructure.</source>
        <translation type="vanished">&quot;%1&quot; no es un dominio propio de esta infraestructura.</translation>
    </message>
    <message>
        <source>A group membership needs a group name and a username.</source>
        <translation type="vanished">Una pertenencia a grupo necesita un nombre de grupo y un nombre de usuario.</translation>
    </message>
    <message>
        <source>No runtime with id %1.</source>
        <translation type="vanished">No hay ningún entorno de ejecución con el id %1.</translation>
    </message>
    <message>
        <source>reading the runtime&apos;s users</source>
        <translation type="vanished">leer los usuarios del entorno</translation>
    </message>
    <message>
        <source>replacing the groups</source>
        <translation type="vanished">reemplazar los grupos</translation>
    </message>
    <message>
        <source>importing the groups</source>
        <translation type="vanished">importar los grupos</translation>
    </message>
    <message>
        <source>listing groups</source>
        <translation type="vanished">listar los grupos</translation>
    </message>
    <message>
        <source>reading the runtime&apos;s records</source>
        <translation type="vanished">leer los registros del entorno</translation>
    </message>
    <message>
        <source>This export would remove %1 of the runtime&apos;s %2 records (more than half), e.g. %3%4. Nothing was changed; confirm the import (--allow-shrink) if that is right.</source>
        <translation type="vanished">Esta exportación eliminaría %1 de los %2 registros del entorno (más de la mitad), p. ej. %3%4. No se ha cambiado nada; confirme la importación (--allow-shrink) si es correcto.</translation>
    </message>
    <message>
        <source>reading the other runtimes</source>
        <translation type="vanished">leer los demás entornos</translation>
    </message>
    <message>
        <source>replacing the runtime&apos;s records</source>
        <translation type="vanished">reemplazar los registros del entorno</translation>
    </message>
    <message>
        <source>storing individuals</source>
        <translation type="vanished">guardar las personas</translation>
    </message>
    <message>
        <source>A runtime needs a name.</source>
        <translation type="vanished">Un entorno de ejecución necesita un nombre.</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">El controlador de la base de datos no proporciona un identificador SQLite.</translation>
    </message>
    <message>
        <source>adding a runtime</source>
        <translation type="vanished">añadir un entorno de ejecución</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation type="vanished">registrar la importación</translation>
    </message>
    <message>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation type="vanished">Importación cancelada: el espacio de trabajo quedó como estaba.</translation>
    </message>
    <message>
        <source>reading infrastructures</source>
        <translation type="vanished">leer las infraestructuras</translation>
    </message>
    <message>
        <source>The workspace has no infrastructure.</source>
        <translation type="vanished">El espacio de trabajo no tiene ninguna infraestructura.</translation>
    </message>
    <message>
        <source>The workspace has several infrastructures (%1): name one with --infra.</source>
        <translation type="vanished">El espacio de trabajo tiene varias infraestructuras (%1): indique una con --infra.</translation>
    </message>
    <message>
        <source>No infrastructure named &quot;%1&quot;.</source>
        <translation type="vanished">No hay ninguna infraestructura llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No infrastructure with id %1.</source>
        <translation type="vanished">No hay ninguna infraestructura con el id %1.</translation>
    </message>
    <message>
        <source>An infrastructure needs a name.</source>
        <translation type="vanished">Una infraestructura necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform version (e.g. 11.20.1).</source>
        <translation type="vanished">&quot;%1&quot; no es una versión de plataforma (p. ej. 11.20.1).</translation>
    </message>
    <message>
        <source>An infrastructure named &quot;%1&quot; already exists.</source>
        <translation type="vanished">Ya existe una infraestructura llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>adding an infrastructure</source>
        <translation type="vanished">añadir una infraestructura</translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation type="vanished">Una capacidad no puede ser negativa.</translation>
    </message>
    <message>
        <source>setting capacities</source>
        <translation type="vanished">definir las capacidades</translation>
    </message>
    <message>
        <source>setting the platform version</source>
        <translation type="vanished">definir la versión de la plataforma</translation>
    </message>
    <message>
        <source>setting the licence model</source>
        <translation type="vanished">definir el modelo de licencia</translation>
    </message>
    <message>
        <source>renaming an infrastructure</source>
        <translation type="vanished">cambiar el nombre de una infraestructura</translation>
    </message>
    <message>
        <source>removing an infrastructure</source>
        <translation type="vanished">quitar una infraestructura</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation type="vanished">leer un registro</translation>
    </message>
    <message>
        <source>%1/%2 (tenant &quot;%3&quot;):</source>
        <translation type="vanished">%1/%2 (inquilino &quot;%3&quot;):</translation>
    </message>
    <message>
        <source>R12: not counted by the platform&apos;s console either.</source>
        <translation type="vanished">R12: tampoco lo cuenta la consola de la plataforma.</translation>
    </message>
    <message numerus="yes">
        <source>R6: individual #%1, %n counted record(s): %2.</source>
        <translation type="vanished">
            <numerusform>R6: persona n.º %1, %n registro contado: %2.</numerusform>
            <numerusform>R6: persona n.º %1, %n registros contados: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>R7: at least one of its counted records is internal: the individual counts as internal.</source>
        <translation type="vanished">R7: al menos uno de sus registros contados es interno: la persona cuenta como interna.</translation>
    </message>
    <message>
        <source>R7: none of its counted records is internal: the individual counts as external.</source>
        <translation type="vanished">R7: ninguno de sus registros contados es interno: la persona cuenta como externa.</translation>
    </message>
    <message>
        <source>R9: the individual counts once against the named capacity.</source>
        <translation type="vanished">R9: la persona cuenta una vez contra la capacidad nominal.</translation>
    </message>
    <message>
        <source>R12: platform %1 (before 11.11.3) counts each counted record as one user: this record is one user of %2&apos;s console.</source>
        <translation type="vanished">R12: la plataforma %1 (anterior a 11.11.3) cuenta cada registro contado como un usuario: este registro es un usuario de la consola de %2.</translation>
    </message>
    <message>
        <source>R12: tenant &quot;%1&quot; is a multi-tenant app&apos;s tenant: the platform counts this record as a user of its own in %2&apos;s console.</source>
        <translation type="vanished">R12: el inquilino &quot;%1&quot; es el de una aplicación multiinquilino: la plataforma cuenta este registro como un usuario propio en la consola de %2.</translation>
    </message>
    <message>
        <source>R12: could not read the platform user: %1</source>
        <translation type="vanished">R12: no se pudo leer el usuario de la plataforma: %1</translation>
    </message>
    <message>
        <source>R12: %1&apos;s console counts this record as one user.</source>
        <translation type="vanished">R12: la consola de %1 cuenta este registro como un usuario.</translation>
    </message>
    <message numerus="yes">
        <source>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n record(s): %2.</source>
        <translation type="vanished">
            <numerusform>R12: la consola de %1 lo combina (mismo correo o mismo usuario en los inquilinos predeterminados) en un usuario con %n registro: %2.</numerusform>
            <numerusform>R12: la consola de %1 lo combina (mismo correo o mismo usuario en los inquilinos predeterminados) en un usuario con %n registros: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading records</source>
        <translation type="vanished">leer los registros</translation>
    </message>
    <message>
        <source>reading runtimes</source>
        <translation type="vanished">leer los entornos de ejecución</translation>
    </message>
    <message>
        <source>No runtime named &quot;%1&quot;.</source>
        <translation type="vanished">No hay ningún entorno de ejecución llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A runtime named &quot;%1&quot; already exists.</source>
        <translation type="vanished">Ya existe un entorno de ejecución llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A runtime named &quot;%1&quot; already exists in this infrastructure.</source>
        <translation type="vanished">Ya existe un entorno de ejecución llamado &quot;%1&quot; en esta infraestructura.</translation>
    </message>
    <message>
        <source>renaming a runtime</source>
        <translation type="vanished">cambiar el nombre de un entorno de ejecución</translation>
    </message>
    <message>
        <source>removing a runtime</source>
        <translation type="vanished">quitar un entorno de ejecución</translation>
    </message>
    <message>
        <source>reading a tenant&apos;s records</source>
        <translation type="vanished">leer los registros de un inquilino</translation>
    </message>
    <message>
        <source>reading tenant kinds</source>
        <translation type="vanished">leer los tipos de inquilino</translation>
    </message>
    <message>
        <source>The workspace is damaged: unknown tenant kind %1.</source>
        <translation type="vanished">El espacio de trabajo está dañado: tipo de inquilino desconocido %1.</translation>
    </message>
    <message>
        <source>reading tenants</source>
        <translation type="vanished">leer los inquilinos</translation>
    </message>
    <message>
        <source>setting a tenant kind</source>
        <translation type="vanished">definir el tipo de un inquilino</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation type="vanished">listar los usuarios</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Cancelado.</translation>
    </message>
    <message>
        <source>counting users</source>
        <translation type="vanished">contar los usuarios</translation>
    </message>
    <message>
        <source>Database error while listing users: %1</source>
        <translation type="vanished">Error de base de datos al listar los usuarios: %1</translation>
    </message>
</context>
<context>
    <name>AggregateKeys</name>
    <message>
        <location filename="../src/storage/AggregateKeys.cpp" line="+26"/>
        <location line="+80"/>
        <source>updating counts</source>
        <translation>actualizar los recuentos</translation>
    </message>
    <message>
        <source>Rewriting the count keys</source>
        <translation type="vanished">La reescritura de las claves de recuento</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>reading counts</source>
        <translation>leer los recuentos</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Internal error: the count of key &quot;%1&quot; would fall below zero.</source>
        <translation>Error interno: el recuento de la clave «%1» bajaría de cero.</translation>
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
        <translation type="vanished">Uso: headcount-cli [--db ARCHIVO] COMANDO [ARGUMENTOS]

Mantiene en cumplimiento la licencia de usuarios finales de una plataforma low-code: cuenta los usuarios
internos y externos únicos de los entornos de ejecución de una infraestructura frente a sus capacidades.

Comandos:
  init
  infra add NOMBRE [--model internal-external|named] [--platform VERSIÓN]
  infra set [--infra NOMBRE] [--platform VERSIÓN|unset] [--model internal-external|named]
  infra rename [--infra NOMBRE] NOMBRE_NUEVO
  infra remove NOMBRE --yes
  infra list [--json]
  tenant list [--infra NOMBRE] [--json]
  tenant set [--infra NOMBRE] --kind default|app|it [--dry-run [--json]] INQUILINO...
                                    (&apos;(default)&apos;: los registros sin inquilino)
  capacity set [--infra NOMBRE] (--internal N --external N | --named N)
  runtime add [--infra NOMBRE] NOMBRE
  runtime rename [--infra NOMBRE] NOMBRE NOMBRE_NUEVO
  runtime remove [--infra NOMBRE] NOMBRE --yes
  runtime list [--infra NOMBRE] [--json]
  domain add|remove [--infra NOMBRE] [--dry-run [--json]] DOMINIO...
  domain list [--infra NOMBRE] [--json]
  import [--infra NOMBRE] --runtime NOMBRE [--format csv|json] [--mode replace|merge] [--skip-bad-rows]
         [--allow-shrink] ARCHIVO   (un reemplazo que elimina más de la mitad de un entorno requiere --allow-shrink)
  check                                  (comprobación completa de integridad del espacio de trabajo)
  counts [--infra NOMBRE] [--json]
  users [--infra NOMBRE] [--runtime NOMBRE] [--search TEXTO] [--class internal|external]
        [--status counted|it_user|inactive|anonymous] [--group NOMBRE] [--json]
  explain [--infra NOMBRE] --runtime NOMBRE USUARIO
  deactivate [--infra NOMBRE] (--runtime NOMBRE USUARIO... | --not-logged-in-since FECHA) [--dry-run]
  deactivate [--infra NOMBRE] --group NOMBRE [--runtime NOMBRE] [--not-logged-in-since FECHA] [--dry-run]
  activate [--infra NOMBRE] --runtime NOMBRE USUARIO...     (deshace una desactivación hecha aquí)
  it-user [--infra NOMBRE] --runtime NOMBRE [--clear] USUARIO... (marca o desmarca usuarios de TI)
  link [--infra NOMBRE] --runtime NOMBRE [--other-runtime NOMBRE] USUARIO OTRO_USUARIO
  split [--infra NOMBRE] --runtime NOMBRE [--undo] USUARIO...  (mantiene aparte de la asociación automática)
  groups import [--infra NOMBRE] --runtime NOMBRE [--format csv|json] [--skip-bad-rows] ARCHIVO
                                    (pertenencias a grupos: columnas Group y Username, Tenant opcional)
  groups list [--infra NOMBRE] [--json]
  report [--infra NOMBRE | --all] [--pseudonymise] [--inactive-days N] --output ARCHIVO.pdf|ARCHIVO.html
                                    (el informe de cumplimiento; --all: un resumen de todas las infraestructuras)
  fingerprint [--infra NOMBRE]      (recalcula el SHA-256 impreso en el informe)

Opciones:
  --db ARCHIVO   la base de datos del espacio de trabajo (por defecto: $HEADCOUNT_DB, si no, el de la consola)
  --infra NOMBRE puede omitirse mientras el espacio de trabajo tenga una sola infraestructura
  --help         muestra esta ayuda
  --version      muestra la versión

Estado de salida: 0 éxito, 1 fallo (una línea &apos;error:&apos; en stderr), 2 error de uso.
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
        <translation>Uso: headcount-cli [--db ARCHIVO] COMANDO [ARGUMENTOS]

Mantiene en cumplimiento la licencia de usuarios finales de una plataforma low-code: cuenta los usuarios
internos y externos únicos de los entornos de ejecución de una infraestructura frente a sus capacidades.

Comandos:
  init
  infra add NOMBRE [--model internal-external|named] [--platform VERSIÓN]
  infra set [--infra NOMBRE] [--platform VERSIÓN|unset] [--model internal-external|named]
  infra rename [--infra NOMBRE] NOMBRE_NUEVO
  infra remove NOMBRE --yes
  infra list [--json]
  tenant list [--infra NOMBRE] [--json]
  tenant set [--infra NOMBRE] --kind default|app|it [--dry-run [--json]] INQUILINO...
                                    (&apos;(default)&apos;: los registros sin inquilino)
  capacity set [--infra NOMBRE] (--internal N --external N | --named N)
  runtime add [--infra NOMBRE] NOMBRE
  runtime rename [--infra NOMBRE] NOMBRE NOMBRE_NUEVO
  runtime remove [--infra NOMBRE] NOMBRE --yes
  runtime list [--infra NOMBRE] [--json]
  domain add|remove [--infra NOMBRE] [--dry-run [--json]] DOMINIO...
  domain list [--infra NOMBRE] [--json]
  import [--infra NOMBRE] --runtime NOMBRE [--format csv|json] [--mode replace|merge] [--skip-bad-rows]
         [--allow-shrink] ARCHIVO   (un reemplazo que elimina más de la mitad de un entorno requiere --allow-shrink)
  check                                  (comprobación completa de integridad del espacio de trabajo)
  counts [--infra NOMBRE] [--json]
  users [--infra NOMBRE] [--runtime NOMBRE] [--search TEXTO] [--class internal|external]
        [--status counted|it_user|inactive|anonymous] [--group NOMBRE] [--json]
  explain [--infra NOMBRE] --runtime NOMBRE USUARIO
  deactivate [--infra NOMBRE] (--runtime NOMBRE USUARIO... | --not-logged-in-since FECHA) [--dry-run]
  deactivate [--infra NOMBRE] --group NOMBRE [--runtime NOMBRE] [--not-logged-in-since FECHA] [--dry-run]
  activate [--infra NOMBRE] --runtime NOMBRE USUARIO...     (deshace una desactivación hecha aquí)
  it-user [--infra NOMBRE] --runtime NOMBRE [--clear] USUARIO... (marca o desmarca usuarios de TI)
  link [--infra NOMBRE] --runtime NOMBRE [--other-runtime NOMBRE] USUARIO OTRO_USUARIO
  split [--infra NOMBRE] --runtime NOMBRE [--undo] USUARIO...  (mantiene aparte de la asociación automática)
  groups import [--infra NOMBRE] --runtime NOMBRE [--format csv|json] [--skip-bad-rows] ARCHIVO
                                    (pertenencias a grupos: columnas Group y Username, Tenant opcional)
  groups list [--infra NOMBRE] [--json]
  report [--infra NOMBRE | --all] [--pseudonymise] [--inactive-days N] --output ARCHIVO.pdf|ARCHIVO.html
                                    (el informe de cumplimiento; --all: un resumen de todas las infraestructuras)
  fingerprint [--infra NOMBRE]      (recalcula el SHA-256 impreso en el informe)
  history [--infra NOMBRE] [--json] (instantáneas de los recuentos y previsión de capacidad)

Opciones:
  --db ARCHIVO   la base de datos del espacio de trabajo (por defecto: $HEADCOUNT_DB, si no, el de la consola)
  --infra NOMBRE puede omitirse mientras el espacio de trabajo tenga una sola infraestructura
  --help         muestra esta ayuda
  --version      muestra la versión

Estado de salida: 0 éxito, 1 fallo (una línea &apos;error:&apos; en stderr), 2 error de uso.
</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+11"/>
        <source>option &apos;--db&apos; needs a value</source>
        <translation>la opción &apos;--db&apos; necesita un valor</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+6"/>
        <location line="+46"/>
        <source>option &apos;--db&apos; given more than once</source>
        <translation>opción &apos;--db&apos; indicada más de una vez</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown command &apos;%1 %2&apos; (use %3)</source>
        <translation>comando desconocido &apos;%1 %2&apos; (use %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; needs a sub-command: %2</source>
        <translation>&apos;%1&apos; necesita un subcomando: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is missing an argument</source>
        <translation>a &apos;%1&apos; le falta un argumento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>argumento inesperado &apos;%1&apos; para &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <location filename="../src/cli/CommandContext.cpp" line="+27"/>
        <source>no workspace at %1 (create one with &apos;headcount-cli init&apos;)</source>
        <translation>no hay ningún espacio de trabajo en %1 (cree uno con &apos;headcount-cli init&apos;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>waiting for another process using the workspace…</source>
        <translation>esperando a otro proceso que usa el espacio de trabajo…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="+26"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown option &apos;--%1&apos;</source>
        <translation>opción desconocida &apos;--%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &apos;--%1&apos; given more than once</source>
        <translation>opción &apos;--%1&apos; indicada más de una vez</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation>la opción &apos;--%1&apos; necesita un valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>la opción &apos;--%1&apos; no admite valor</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../src/cli/Console.cpp" line="+59"/>
        <source>Try &apos;headcount-cli --help&apos;.</source>
        <translation>Pruebe &apos;headcount-cli --help&apos;.</translation>
    </message>
</context>
<context>
    <name>CountsEngine</name>
    <message>
        <location filename="../src/storage/CountsEngine.cpp" line="+65"/>
        <location line="+7"/>
        <source>updating runtime counts</source>
        <translation>actualizar los recuentos por entorno</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+11"/>
        <source>reading links</source>
        <translation>leer los vínculos</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation type="vanished">leer un registro</translation>
    </message>
    <message>
        <source>matching records</source>
        <translation type="vanished">asociar los registros</translation>
    </message>
    <message>
        <source>Identity merging needs the SQLite driver.</source>
        <translation type="vanished">La fusión de identidades necesita el controlador de SQLite.</translation>
    </message>
    <message>
        <source>Identity merging</source>
        <translation type="vanished">La fusión de identidades</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>storing individuals</source>
        <translation>guardar las personas</translation>
    </message>
    <message>
        <source>reading counts</source>
        <translation type="vanished">leer los recuentos</translation>
    </message>
    <message>
        <source>No infrastructure with id %1.</source>
        <translation type="vanished">No hay ninguna infraestructura con el id %1.</translation>
    </message>
    <message>
        <source>reading domains</source>
        <translation type="vanished">leer los dominios</translation>
    </message>
    <message>
        <source>reading runtimes</source>
        <translation type="vanished">leer los entornos de ejecución</translation>
    </message>
</context>
<context>
    <name>CountsHistory</name>
    <message>
        <location filename="../src/storage/CountsHistory.cpp" line="+77"/>
        <source>writing the count history</source>
        <translation>escribir el historial de recuentos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>coalescing the count history</source>
        <translation>condensar el historial de recuentos</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <source>reading the count history</source>
        <translation>leer el historial de recuentos</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>a count snapshot has the time &apos;%1&apos; and the model &apos;%2&apos;</source>
        <translation>una instantánea de recuentos tiene la hora &apos;%1&apos; y el modelo &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>CountsRebuild</name>
    <message>
        <location filename="../src/storage/CountsRebuild.cpp" line="+57"/>
        <location line="+21"/>
        <source>reading records</source>
        <translation>leer los registros</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading links</source>
        <translation>leer los vínculos</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>storing individuals</source>
        <translation>guardar las personas</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <location line="+8"/>
        <source>updating counts</source>
        <translation>actualizar los recuentos</translation>
    </message>
    <message>
        <source>Recounting an infrastructure</source>
        <translation type="vanished">El nuevo recuento de una infraestructura</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">El controlador de la base de datos no proporciona un identificador SQLite.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <source>reading runtimes</source>
        <translation>leer los entornos de ejecución</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>reading infrastructures</source>
        <translation>leer las infraestructuras</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../src/storage/DatabaseUrl.cpp" line="+25"/>
        <source>%1: not a valid PostgreSQL URL: %2 (expected %3).</source>
        <translation>%1: no es una URL de PostgreSQL válida: %2 (se esperaba %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No workspace given.</source>
        <translation>No se ha indicado ningún espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;//&quot; is missing after the scheme</source>
        <translation>falta «//» después del esquema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; databases are not supported; give the path of a workspace file or a shared workspace as %3.</source>
        <translation>%1: no se admiten bases de datos «%2»; indique la ruta de un archivo de espacio de trabajo o un espacio de trabajo compartido como %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a URL fragment (&quot;#…&quot;) is not allowed</source>
        <translation>no se permite un fragmento de URL («#…»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>no database name</source>
        <translation>falta el nombre de la base de datos</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+9"/>
        <source>no user name</source>
        <translation>falta el nombre de usuario</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+49"/>
        <source>%1: the URL holds a password; passwords go in .pgpass or PGPASSFILE, never on the command line.</source>
        <translation>%1: la URL contiene una contraseña; las contraseñas van en .pgpass o PGPASSFILE, nunca en la línea de comandos.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>no host name</source>
        <translation>falta el nombre de host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a host name or a host name and port</source>
        <translation>«%1» no es un nombre de host ni un nombre de host con puerto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>el puerto debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the database name &quot;%1&quot; holds a &quot;/&quot;</source>
        <translation>el nombre de la base de datos «%1» contiene una «/»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the option &quot;%1&quot; has no value</source>
        <translation>la opción «%1» no tiene valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the option &quot;%1&quot; is given twice</source>
        <translation>la opción «%1» se indica dos veces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value of &quot;%1&quot; holds a &quot;;&quot;</source>
        <translation>el valor de «%1» contiene un «;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sslmode must be one of %1</source>
        <translation>sslmode debe ser uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>connect_timeout must be a number of seconds</source>
        <translation>connect_timeout debe ser un número de segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the option &quot;%2&quot; is not supported (supported: sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</source>
        <translation>%1: no se admite la opción «%2» (admitidas: sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</translation>
    </message>
</context>
<context>
    <name>DeactivateCommand</name>
    <message>
        <location filename="../src/cli/DeactivateCommand.cpp" line="+24"/>
        <source>--group takes no user names (unexpected &apos;%1&apos;)</source>
        <translation>--group no admite nombres de usuario (&apos;%1&apos; inesperado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --runtime NAME USERNAME..., --not-logged-in-since DATE or --group NAME</source>
        <translation>indique --runtime NOMBRE USUARIO..., --not-logged-in-since FECHA o --group NOMBRE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name the users to deactivate after --runtime NAME</source>
        <translation>nombre los usuarios que desactivar después de --runtime NOMBRE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--not-logged-in-since takes no user names (unexpected &apos;%1&apos;)</source>
        <translation>--not-logged-in-since no admite nombres de usuario (&apos;%1&apos; inesperado)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no user &quot;%1&quot; in runtime &quot;%2&quot;</source>
        <translation>no hay ningún usuario &quot;%1&quot; en el entorno &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No records to deactivate.</source>
        <translation>No hay registros que desactivar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runtime</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Último acceso</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Dry run: %n record(s) would be deactivated; nothing was changed.</source>
        <translation>
            <numerusform>Simulación: se desactivaría %n registro; no se ha cambiado nada.</numerusform>
            <numerusform>Simulación: se desactivarían %n registros; no se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Deactivated %n record(s):</source>
        <translation>
            <numerusform>%n registro desactivado:</numerusform>
            <numerusform>%n registros desactivados:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unique individuals now: %1.</source>
        <translation>Personas únicas ahora: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique individuals now: internal %1, external %2.</source>
        <translation>Personas únicas ahora: %1 internas, %2 externas.</translation>
    </message>
</context>
<context>
    <name>DecisionCommands</name>
    <message>
        <location filename="../src/cli/DecisionCommands.cpp" line="+39"/>
        <source>&apos;%1&apos; needs --runtime NAME</source>
        <translation>&apos;%1&apos; necesita --runtime NOMBRE</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unique users now: %1 named.</source>
        <translation>Usuarios únicos ahora: %1 nominales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique users now: %1 internal, %2 external.</source>
        <translation>Usuarios únicos ahora: %1 internos, %2 externos.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Re-activated %n user(s) in Headcount (the export&apos;s own Is_Active applies again).</source>
        <translation>
            <numerusform>%n usuario reactivado en Headcount (vuelve a aplicarse el Is_Active de la exportación).</numerusform>
            <numerusform>%n usuarios reactivados en Headcount (vuelve a aplicarse el Is_Active de la exportación).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Cleared the IT-user flag of %n user(s).</source>
        <translation>
            <numerusform>Se quitó la marca de usuario de TI a %n usuario.</numerusform>
            <numerusform>Se quitó la marca de usuario de TI a %n usuarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Marked %n user(s) as IT users (not counted).</source>
        <translation>
            <numerusform>%n usuario marcado como usuario de TI (no se cuenta).</numerusform>
            <numerusform>%n usuarios marcados como usuarios de TI (no se cuentan).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;link&apos; needs --runtime NAME USERNAME OTHER_USERNAME [--other-runtime NAME]</source>
        <translation>&apos;link&apos; necesita --runtime NOMBRE USUARIO OTRO_USUARIO [--other-runtime NOMBRE]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linked %1 and %2: one individual.</source>
        <translation>%1 y %2 vinculados: una sola persona.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n user(s) match automatically again.</source>
        <translation>
            <numerusform>%n usuario vuelve a asociarse automáticamente.</numerusform>
            <numerusform>%n usuarios vuelven a asociarse automáticamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Split %n user(s) from automatic matching (only links join them).</source>
        <translation>
            <numerusform>%n usuario separado de la asociación automática (solo los vínculos lo unen).</numerusform>
            <numerusform>%n usuarios separados de la asociación automática (solo los vínculos los unen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainList</name>
    <message>
        <location filename="../src/core/DomainList.cpp" line="+29"/>
        <source>an e-mail address, not a domain: give only the part after @ (%1)</source>
        <translation>una dirección de correo, no un dominio: indique solo la parte después de @ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an e-mail address, not a domain</source>
        <translation>una dirección de correo, no un dominio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains a space: separate domains with new lines, commas or semicolons</source>
        <translation>contiene un espacio: separe los dominios con saltos de línea, comas o puntos y coma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a web address, not a domain: give only the host name (e.g. example.com)</source>
        <translation>una dirección web, no un dominio: indique solo el nombre de host (p. ej. example.com)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs at least two labels separated by a dot (e.g. example.com)</source>
        <translation>necesita al menos dos etiquetas separadas por un punto (p. ej. example.com)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an empty label (two dots in a row, or a dot at the start)</source>
        <translation>tiene una etiqueta vacía (dos puntos seguidos, o un punto al principio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>la etiqueta &quot;%1&quot; empieza o termina con un guion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label &quot;%1…&quot; is longer than 63 characters</source>
        <translation>la etiqueta &quot;%1…&quot; tiene más de 63 caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains &quot;%1&quot;: only letters, digits and hyphens between dots</source>
        <translation>contiene &quot;%1&quot;: solo letras, dígitos y guiones entre los puntos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a valid domain name (R1: letters, digits and hyphens between dots)</source>
        <translation>no es un nombre de dominio válido (R1: letras, dígitos y guiones entre los puntos)</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <location filename="../src/core/History.cpp" line="+124"/>
        <source>Internal users</source>
        <translation>Usuarios internos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External users</source>
        <translation>Usuarios externos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named users</source>
        <translation>Usuarios nominales</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: no capacity set, nothing to forecast.</source>
        <translation>%1: sin capacidad definida, nada que prever.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not enough history for a forecast yet (counts of at least two days are needed).</source>
        <translation>%1: aún no hay historial suficiente para una previsión (se necesitan recuentos de al menos dos días).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>fitted over %n day(s) with counts in the last %1 days; %2 a day</source>
        <translation>
            <numerusform>ajustada sobre %n día con recuentos en los últimos %1 días; %2 al día</numerusform>
            <numerusform>ajustada sobre %n días con recuentos en los últimos %1 días; %2 al día</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no trend yet</source>
        <translation>aún sin tendencia</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>do not reach 80 % of the capacity within %n day(s)</source>
        <translation>
            <numerusform>no alcanzan el 80 % de la capacidad en %n día</numerusform>
            <numerusform>no alcanzan el 80 % de la capacidad en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at 80 % of the capacity already</source>
        <translation>ya en el 80 % de la capacidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reach 80 % of the capacity on %1</source>
        <translation>alcanzan el 80 % de la capacidad el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at or over 100 % already</source>
        <translation>ya en el 100 % o por encima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 % on %1</source>
        <translation>100 % el %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>not 100 % within %n day(s)</source>
        <translation>
            <numerusform>no el 100 % en %n día</numerusform>
            <numerusform>no el 100 % en %n días</numerusform>
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
        <translation>groups import necesita --runtime NOMBRE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format &apos;%1&apos; (use csv or json)</source>
        <translation>formato desconocido &apos;%1&apos; (use csv o json)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Imported groups from %1 into runtime %2 of %3: %n group(s)</source>
        <translation>
            <numerusform>Grupos importados de %1 en el entorno %2 de %3: %n grupo</numerusform>
            <numerusform>Grupos importados de %1 en el entorno %2 de %3: %n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n membership(s) (replacing %1).</source>
        <translation>
            <numerusform>, %n pertenencia (sustituye a %1).</numerusform>
            <numerusform>, %n pertenencias (sustituyen a %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %n repeated line(s) ignored</source>
        <translation>
            <numerusform>  %n línea repetida ignorada</numerusform>
            <numerusform>  %n líneas repetidas ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %n bad row(s) skipped</source>
        <translation>
            <numerusform>  %n fila errónea omitida</numerusform>
            <numerusform>  %n filas erróneas omitidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  unknown columns ignored: %1</source>
        <translation>  columnas desconocidas ignoradas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>  %n member(s) match no user of the runtime: %1</source>
        <translation>
            <numerusform>  %n miembro no corresponde a ningún usuario del entorno: %1</numerusform>
            <numerusform>  %n miembros no corresponden a ningún usuario del entorno: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No groups (import them with &apos;headcount-cli groups import --runtime NAME FILE&apos;).</source>
        <translation>No hay grupos (impórtelos con &apos;headcount-cli groups import --runtime NOMBRE ARCHIVO&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runtimes</source>
        <translation>Entornos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no group named &quot;%1&quot; (see &apos;headcount-cli groups list&apos;)</source>
        <translation>no hay ningún grupo llamado &quot;%1&quot; (consulte &apos;headcount-cli groups list&apos;)</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../src/cli/HistoryCommand.cpp" line="+28"/>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Named</source>
        <translation>Nominales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Internos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Externos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap. internal</source>
        <translation>Cap. interna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cap. external</source>
        <translation>Cap. externa</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n snapshot(s) stored; the last of each day is shown.</source>
        <translation>
            <numerusform>%n instantánea guardada; se muestra la última de cada día.</numerusform>
            <numerusform>%n instantáneas guardadas; se muestra la última de cada día.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="+17"/>
        <source>import needs --runtime NAME</source>
        <translation>import necesita --runtime NOMBRE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown format &apos;%1&apos; (use csv or json)</source>
        <translation>formato desconocido &apos;%1&apos; (use csv o json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown import mode &apos;%1&apos; (use replace or merge)</source>
        <translation>modo de importación desconocido &apos;%1&apos; (use replace o merge)</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n more short row(s) not listed</source>
        <translation>
            <numerusform>%n fila corta más no listada</numerusform>
            <numerusform>%n filas cortas más no listadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 (%2 records) into runtime %3 of %4 (%5).</source>
        <translation>%1 (%2 registros) importado en el entorno %3 de %4 (%5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge</source>
        <translation>combinar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replace</source>
        <translation>reemplazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  added %1, changed %2, removed %3, unchanged %4, skipped %5</source>
        <translation>  añadidos %1, cambiados %2, eliminados %3, sin cambios %4, omitidos %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  read as JSON, %1</source>
        <translation>  leído como JSON, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  read as CSV, %1, delimiter %2</source>
        <translation>  leído como CSV, %1, delimitador %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  unknown columns ignored: %1</source>
        <translation>  columnas desconocidas ignoradas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Password column dropped, never stored</source>
        <translation>  columna Password descartada, nunca se guarda</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  removed: </source>
        <translation>  eliminados: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  deactivated here but still active on the platform: </source>
        <translation>  desactivados aquí pero aún activos en la plataforma: </translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Open a workspace file</source>
        <translation>Abrir un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a runtime&apos;s user export (CSV or JSON)</source>
        <translation>Importar la exportación de usuarios de un entorno de ejecución (CSV o JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a runtime&apos;s user export</source>
        <translation>Importar la exportación de usuarios de un entorno de ejecución</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit Headcount</source>
        <translation>Salir de Headcount</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the counts again (changes made by headcount-cli or other users)</source>
        <translation>Volver a leer los recuentos (cambios hechos por headcount-cli u otros usuarios)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the counts again</source>
        <translation>Volver a leer los recuentos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the undone change again</source>
        <translation>Volver a hacer el cambio deshecho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Headcount</source>
        <translation>Acerca &amp;de Headcount</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>QueryCommands</name>
    <message>
        <location filename="../src/cli/QueryCommands.cpp" line="+26"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Infrastructure %1 (%2, platform %3)</source>
        <translation>Infraestructura %1 (%2, plataforma %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>11.11.3 or later</source>
        <translation>11.11.3 o posterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licensed</source>
        <translation>Con licencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unique individuals: %1</source>
        <translation>Personas únicas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+182"/>
        <source>Runtime</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+29"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Internos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Externos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform int.</source>
        <translation>Plataforma int.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform ext.</source>
        <translation>Plataforma ext.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform total</source>
        <translation>Plataforma total</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No runtimes.</source>
        <translation>No hay entornos de ejecución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(sum)</source>
        <translation>(suma)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excluded</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+3"/>
        <location line="+19"/>
        <source>cannot write the list to standard output: %1</source>
        <translation>no se puede escribir la lista en la salida estándar: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1; and standard output could not be cut back: %2</source>
        <translation>%1; y la salida estándar no se pudo recortar: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create a temporary file for the list: %1</source>
        <translation>no se puede crear un archivo temporal para la lista: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>cannot write the list: %1</source>
        <translation>no se puede escribir la lista: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the list back: %1</source>
        <translation>no se puede volver a leer la lista: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown class &apos;%1&apos; (use internal or external)</source>
        <translation>clase desconocida &apos;%1&apos; (use internal o external)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown status &apos;%1&apos; (use counted, it_user, inactive or anonymous)</source>
        <translation>estado desconocido &apos;%1&apos; (use counted, it_user, inactive o anonymous)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--output needs a file name</source>
        <translation>--output necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output writes CSV; it cannot be combined with --json</source>
        <translation>--output escribe CSV; no se puede combinar con --json</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>wrote %1 (%n record(s))</source>
        <translation>
            <numerusform>se escribió %1 (%n registro)</numerusform>
            <numerusform>se escribió %1 (%n registros)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No records match.</source>
        <translation>Ningún registro coincide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Individual</source>
        <translation>Persona</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Workspace %1: integrity check passed.</source>
        <translation>Espacio de trabajo %1: comprobación de integridad superada.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>the workspace is damaged: %n problem(s) found; restore a backup</source>
        <translation>
            <numerusform>el espacio de trabajo está dañado: se encontró %n problema; restaure una copia de seguridad</numerusform>
            <numerusform>el espacio de trabajo está dañado: se encontraron %n problemas; restaure una copia de seguridad</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>explain needs --runtime NAME</source>
        <translation>explain necesita --runtime NOMBRE</translation>
    </message>
</context>
<context>
    <name>ReclaimList</name>
    <message>
        <location filename="../src/report/ReclaimList.cpp" line="+46"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <location filename="../src/core/Reconciliation.cpp" line="+22"/>
        <source>The platform&apos;s consoles add up to the unique count (%1).</source>
        <translation>Las consolas de la plataforma suman el recuento único (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s consoles add up to %1, fewer than the %2 unique individuals: records split here are counted apart, which the platform does not know.</source>
        <translation>Las consolas de la plataforma suman %1, menos que las %2 personas únicas: los registros separados aquí se cuentan aparte, algo que la plataforma no sabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s consoles add up to %1, %2 more than the %3 unique individuals the licence is measured against: each console counts only its own runtime, so a person with accounts on several runtimes counts once per runtime, and an account in a multi-tenant app&apos;s tenant counts once per tenant.</source>
        <translation>Las consolas de la plataforma suman %1, %2 más que las %3 personas únicas con las que se mide la licencia: cada consola cuenta solo su propio entorno, así que una persona con cuentas en varios entornos cuenta una vez por entorno, y una cuenta en el inquilino de una aplicación multiinquilino cuenta una vez por inquilino.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Platform %1 (before 11.11.3) also counts a person&apos;s accounts in several user providers separately.</source>
        <translation>La plataforma %1 (anterior a 11.11.3) cuenta además por separado las cuentas de una persona en varios proveedores de usuarios.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>named</source>
        <translation>nominal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal</source>
        <translation>interno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external</source>
        <translation>externo</translation>
    </message>
</context>
<context>
    <name>RecordSnapshot</name>
    <message>
        <location filename="../src/gui/RecordSnapshot.cpp" line="+27"/>
        <location line="+20"/>
        <source>Could not keep the records for undo in %1: %2</source>
        <translation>No se pudieron conservar los registros para deshacer en %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The records kept for undo are gone (%1): %2</source>
        <translation>Los registros conservados para deshacer ya no están (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>The records kept for undo are damaged (%1).</source>
        <translation>Los registros conservados para deshacer están dañados (%1).</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../src/cli/ReportCommands.cpp" line="+33"/>
        <source>&apos;report&apos; needs --output FILE.pdf or FILE.html</source>
        <translation>&apos;report&apos; necesita --output ARCHIVO.pdf o ARCHIVO.html</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--output must name a .pdf or .html file: &apos;%1&apos;</source>
        <translation>--output debe nombrar un archivo .pdf o .html: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either --infra or --all, not both</source>
        <translation>indique --infra o --all, no ambos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--inactive-days needs a number of days from 1 to 36500</source>
        <translation>--inactive-days necesita un número de días de 1 a 36500</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>se escribió %1 (%n página)</numerusform>
            <numerusform>se escribió %1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote %1</source>
        <translation>se escribió %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fingerprint %1: %2</source>
        <translation>huella %1: %2</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../src/core/Rules.cpp" line="+168"/>
        <source>R1/R2: e-mail is %1 (from the Email field &quot;%2&quot;).</source>
        <translation>R1/R2: el correo es %1 (del campo Email &quot;%2&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R1/R2: the Email field &quot;%1&quot; is not a valid address; the Username &quot;%2&quot; is, so the e-mail is %3.</source>
        <translation>R1/R2: el campo Email &quot;%1&quot; no es una dirección válida; el Username &quot;%2&quot; sí lo es, así que el correo es %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R1/R2: neither Email (&quot;%1&quot;) nor Username (&quot;%2&quot;) is a valid address: no valid e-mail.</source>
        <translation>R1/R2: ni Email (&quot;%1&quot;) ni Username (&quot;%2&quot;) es una dirección válida: no hay correo válido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R5.1: its tenant &quot;%1&quot; is the IT users&apos; tenant (kind it): not counted (it_user).</source>
        <translation>R5.1: su inquilino &quot;%1&quot; es el de los usuarios de TI (tipo it): no se cuenta (it_user).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.1: marked as IT user by the administrator: not counted (it_user).</source>
        <translation>R5.1: marcado como usuario de TI por el administrador: no se cuenta (it_user).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R5.1: the export flags an IT user: not counted (it_user).</source>
        <translation>R5.1: la exportación indica un usuario de TI: no se cuenta (it_user).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.2: deactivated in Headcount: not counted (inactive).</source>
        <translation>R5.2: desactivado en Headcount: no se cuenta (inactive).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R5.2: inactive in the export: not counted (inactive).</source>
        <translation>R5.2: inactivo en la exportación: no se cuenta (inactive).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.3: never logged in and shares no personal data: not counted (anonymous).</source>
        <translation>R5.3: nunca ha accedido y no comparte datos personales: no se cuenta (anonymous).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R5.1: the export flags an IT user, but the administrator cleared the flag.</source>
        <translation>R5.1: la exportación indica un usuario de TI, pero el administrador quitó la marca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.2: inactive in the export, but re-activated in Headcount.</source>
        <translation>R5.2: inactivo en la exportación, pero reactivado en Headcount.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R5: not an IT user, active, and %1: counted.</source>
        <translation>R5: no es usuario de TI, está activo y %1: se cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shares personal data</source>
        <translation>comparte datos personales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last logged in %1</source>
        <translation>último acceso el %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R9: named-user model: no internal/external classification.</source>
        <translation>R9: modelo de usuarios nominales: sin clasificación interno/externo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R4: the infrastructure has no owned domains: internal.</source>
        <translation>R4: la infraestructura no tiene dominios propios: interno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R4: no valid e-mail: internal.</source>
        <translation>R4: no hay correo válido: interno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R3/R4: domain %1 is an owned domain: internal.</source>
        <translation>R3/R4: el dominio %1 es un dominio propio: interno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R3/R4: domain %1 is not an owned domain (matching is exact; subdomains are listed on their own): external.</source>
        <translation>R3/R4: el dominio %1 no es un dominio propio (la comparación es exacta; los subdominios se listan aparte): externo.</translation>
    </message>
</context>
<context>
    <name>RuntimeImport</name>
    <message>
        <location filename="../src/storage/ImportRun.cpp" line="+79"/>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation>Importación cancelada: el espacio de trabajo quedó como estaba.</translation>
    </message>
    <message>
        <source>reading decisions</source>
        <translation type="vanished">leer las decisiones</translation>
    </message>
    <message>
        <source>Database error while reading the runtime&apos;s records: %1</source>
        <translation type="vanished">Error de base de datos al leer los registros del entorno: %1</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportRunMerge.cpp" line="+51"/>
        <location filename="../src/storage/PreviousRecords.cpp" line="+51"/>
        <location line="+15"/>
        <location line="+44"/>
        <source>reading the runtime&apos;s records</source>
        <translation>leer los registros del entorno</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportRun.cpp" line="+151"/>
        <source>This export would remove %1 of the runtime&apos;s %2 records (more than half), e.g. %3%4. Nothing was changed; confirm the import (--allow-shrink) if that is right.</source>
        <translation>Esta exportación eliminaría %1 de los %2 registros del entorno (más de la mitad), p. ej. %3%4. No se ha cambiado nada; confirme la importación (--allow-shrink) si es correcto.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading the infrastructure</source>
        <translation>leer la infraestructura</translation>
    </message>
    <message>
        <source>Database error while reading the other runtimes: %1</source>
        <translation type="vanished">Error de base de datos al leer los demás entornos: %1</translation>
    </message>
    <message>
        <source>reading the other runtimes</source>
        <translation type="vanished">leer los demás entornos</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+6"/>
        <source>reading links</source>
        <translation>leer los vínculos</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportRunWrite.cpp" line="+35"/>
        <source>replacing the runtime&apos;s records</source>
        <translation>reemplazar los registros del entorno</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>storing the infrastructure&apos;s serials</source>
        <translation>guardar los números de serie de la infraestructura</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>storing individuals</source>
        <translation>guardar las personas</translation>
    </message>
    <message>
        <location filename="../src/storage/RowSpool.cpp" line="+28"/>
        <source>Cannot create the import&apos;s temporary file %1: %2</source>
        <translation>No se puede crear el archivo temporal de la importación %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the import&apos;s temporary file %1: %2</source>
        <translation>No se puede escribir el archivo temporal de la importación %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the import&apos;s temporary file %1: %2</source>
        <translation>No se puede leer el archivo temporal de la importación %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the import&apos;s temporary file: the folder for temporary files (TMPDIR) %1 does not exist.</source>
        <translation>No se puede crear el archivo temporal de la importación: la carpeta de archivos temporales (TMPDIR) %1 no existe.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The import&apos;s temporary file was read before it was written.</source>
        <translation>El archivo temporal de la importación se leyó antes de escribirse.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import&apos;s temporary file %1 ends early: it was changed or cut short while the import ran.</source>
        <translation>El archivo temporal de la importación %1 termina antes de tiempo: se modificó o se recortó mientras se importaba.</translation>
    </message>
    <message>
        <location filename="../src/storage/PreviousRecords.cpp" line="+7"/>
        <location line="+16"/>
        <source>The runtime&apos;s records changed while they were imported.</source>
        <translation>Los registros del entorno de ejecución cambiaron mientras se importaban.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../src/storage/Schema.cpp" line="+201"/>
        <location line="+5"/>
        <location line="+15"/>
        <source>Database error: %1</source>
        <translation>Error de base de datos: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a Headcount workspace, or a damaged one: %1</source>
        <translation>No es un espacio de trabajo de Headcount, o está dañado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>The workspace is damaged: %1</source>
        <translation>El espacio de trabajo está dañado: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Not a Headcount workspace (it holds other tables).</source>
        <translation>No es un espacio de trabajo de Headcount (contiene otras tablas).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not a Headcount workspace, or a damaged one (no schema version).</source>
        <translation>No es un espacio de trabajo de Headcount, o está dañado (sin versión de esquema).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workspace was written by a newer Headcount (schema version %1; this version reads up to %2). It was not modified.</source>
        <translation>Este espacio de trabajo lo escribió un Headcount más reciente (versión de esquema %1; esta versión lee hasta la %2). No se ha modificado.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot upgrade this workspace: it needs the SQLite driver.</source>
        <translation>No se puede actualizar este espacio de trabajo: necesita el controlador de SQLite.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write the schema: %1</source>
        <translation>No se puede escribir el esquema: %1</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <location filename="../src/gui/Screenshot.cpp" line="+16"/>
        <source>the window could not be captured</source>
        <translation>no se pudo capturar la ventana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>SqliteBulkInserter</name>
    <message>
        <location filename="../src/storage/PostgresCopyWriter.cpp" line="+39"/>
        <location filename="../src/storage/SqliteBulkInserter.cpp" line="+83"/>
        <source>writing</source>
        <translation>escribir</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>libpq&apos;s COPY functions are not available</source>
        <translation>Las funciones COPY de libpq no están disponibles</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a row has %1 values for %2 columns</source>
        <translation>una fila tiene %1 valores para %2 columnas</translation>
    </message>
    <message>
        <location filename="../src/storage/SqliteBulkInserter.cpp" line="+7"/>
        <location line="+14"/>
        <source>Database error while preparing a bulk insert: %1</source>
        <translation>Error de base de datos al preparar una inserción masiva: %1</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <location filename="../src/gui/StartupOptions.cpp" line="+16"/>
        <source>Headcount: end-user licence compliance console.</source>
        <translation>Headcount: consola de cumplimiento de la licencia de usuarios finales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the workspace FILE (default: $HEADCOUNT_DB, else the last one used).</source>
        <translation>Abrir el espacio de trabajo ARCHIVO (por defecto: $HEADCOUNT_DB, si no, el último usado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save an image of the main window to FILE (PNG) and quit.</source>
        <translation>Guardar una imagen de la ventana principal en ARCHIVO (PNG) y salir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the VIEW tab first: dashboard, users, domains, runtimes or reclaim.</source>
        <translation>Mostrar primero la pestaña VISTA: dashboard, users, domains, runtimes o reclaim.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--view takes dashboard, users, domains, runtimes or reclaim, not &apos;%1&apos;</source>
        <translation>--view admite dashboard, users, domains, runtimes o reclaim, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show the VIEW tab first: dashboard, users, domains or runtimes.</source>
        <translation type="vanished">Mostrar primero la pestaña VISTA: dashboard, users, domains o runtimes.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Colours: system, light or dark (default: as chosen in Settings).</source>
        <translation>Colores: system, light o dark (por defecto: lo elegido en Configuración).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace file to open (same as --db).</source>
        <translation>El archivo de espacio de trabajo que se abre (igual que --db).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--theme takes system, light or dark, not &apos;%1&apos;</source>
        <translation>--theme admite system, light o dark, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--view takes dashboard, users, domains or runtimes, not &apos;%1&apos;</source>
        <translation type="vanished">--view admite dashboard, users, domains o runtimes, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show the VIEW tab first: dashboard or users.</source>
        <translation type="vanished">Mostrar primero la pestaña VISTA: dashboard o users.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>unexpected argument: %1</source>
        <translation>argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--view takes dashboard or users, not &apos;%1&apos;</source>
        <translation type="vanished">--view admite dashboard o users, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot necesita un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="+55"/>
        <source>Try &apos;headcount --help&apos;.</source>
        <translation>Pruebe &apos;headcount --help&apos;.</translation>
    </message>
</context>
<context>
    <name>UserCsv</name>
    <message>
        <location filename="../src/report/UserCsv.cpp" line="+30"/>
        <location line="+11"/>
        <source>Could not write the CSV file: %1</source>
        <translation>No se pudo escribir el archivo CSV: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+7"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
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
        <translation>nominales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal</source>
        <translation>internos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external</source>
        <translation>externos</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/storage/GroupStore.cpp" line="+45"/>
        <location filename="../src/storage/RuntimeStore.cpp" line="+123"/>
        <location filename="../src/storage/SqlSupport.cpp" line="+49"/>
        <source>No runtime with id %1.</source>
        <translation>No hay ningún entorno de ejecución con el id %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/Workspace.cpp" line="+90"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>opening</source>
        <translation>abrir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file holds %1 bytes, the database says %2 pages of %3</source>
        <translation>el archivo tiene %1 bytes, la base de datos indica %2 páginas de %3</translation>
    </message>
    <message>
        <source>The integrity check</source>
        <translation type="vanished">La comprobación de integridad</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+10"/>
        <location line="+14"/>
        <location line="+16"/>
        <source>checking the workspace</source>
        <translation>comprobar el espacio de trabajo</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>la fila %1 de la tabla %2 remite a una fila inexistente de %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the key set of runtime %1 holds %2 keys, its records %3: re-import the runtime</source>
        <translation>el conjunto de claves del entorno de ejecución %1 tiene %2 claves y sus registros %3: vuelva a importar el entorno de ejecución</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reaching the server</source>
        <translation>contactar con el servidor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workspace is not open.</source>
        <translation>El espacio de trabajo no está abierto.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>checking for changes</source>
        <translation>buscar cambios</translation>
    </message>
    <message>
        <source>No workspace file given.</source>
        <translation type="vanished">No se indicó ningún archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1: shared PostgreSQL workspaces are not supported by this version of Headcount; give the path of a workspace file.</source>
        <translation type="vanished">%1: esta versión de Headcount no admite espacios de trabajo PostgreSQL compartidos; indique la ruta de un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1: not a workspace file path (only files are supported).</source>
        <translation type="vanished">%1: no es la ruta de un archivo de espacio de trabajo (solo se admiten archivos).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: not a file.</source>
        <translation>%1: no es un archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a Headcount workspace (not an SQLite database).</source>
        <translation>%1: no es un espacio de trabajo de Headcount (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot make the file private to its owner.</source>
        <translation>%1: no se puede hacer el archivo privado para su propietario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot create the folder %2.</source>
        <translation>%1: no se puede crear la carpeta %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot create: %2</source>
        <translation>%1: no se puede crear: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the database driver gives no SQLite handle.</source>
        <translation>%1: el controlador de la base de datos no proporciona un identificador SQLite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not a Headcount workspace, or a damaged one: %2</source>
        <translation>%1: no es un espacio de trabajo de Headcount, o está dañado: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="+59"/>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+3"/>
        <source>reading infrastructures</source>
        <translation>leer las infraestructuras</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The workspace has no infrastructure.</source>
        <translation>El espacio de trabajo no tiene ninguna infraestructura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace has several infrastructures (%1): name one with --infra.</source>
        <translation>El espacio de trabajo tiene varias infraestructuras (%1): indique una con --infra.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No infrastructure named &quot;%1&quot;.</source>
        <translation>No hay ninguna infraestructura llamada &quot;%1&quot;.</translation>
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
        <translation>leer los recuentos</translation>
    </message>
    <message>
        <location line="-105"/>
        <location filename="../src/storage/InfrastructureStore.cpp" line="+16"/>
        <location line="+51"/>
        <location line="+85"/>
        <location filename="../src/storage/TenantStore.cpp" line="+100"/>
        <source>No infrastructure with id %1.</source>
        <translation>No hay ninguna infraestructura con el id %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading domains</source>
        <translation>leer los dominios</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="-125"/>
        <location line="+79"/>
        <source>An infrastructure needs a name.</source>
        <translation>Una infraestructura necesita un nombre.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+57"/>
        <source>&quot;%1&quot; is not a platform version (e.g. 11.20.1).</source>
        <translation>&quot;%1&quot; no es una versión de plataforma (p. ej. 11.20.1).</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+80"/>
        <source>An infrastructure named &quot;%1&quot; already exists.</source>
        <translation>Ya existe una infraestructura llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>adding an infrastructure</source>
        <translation>añadir una infraestructura</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A capacity cannot be negative.</source>
        <translation>Una capacidad no puede ser negativa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>setting capacities</source>
        <translation>definir las capacidades</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Infrastructure &quot;%1&quot; was renamed or removed meanwhile; nothing changed.</source>
        <translation>La infraestructura «%1» se renombró o eliminó mientras tanto; no se ha cambiado nada.</translation>
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
        <translation>leer los entornos de ejecución</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="+13"/>
        <source>No runtime named &quot;%1&quot;.</source>
        <translation>No hay ningún entorno de ejecución llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Runtime &quot;%1&quot; was renamed or removed meanwhile; nothing changed.</source>
        <translation>El entorno de ejecución «%1» se renombró o eliminó mientras tanto; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportService.cpp" line="+58"/>
        <location filename="../src/storage/RuntimeStore.cpp" line="-49"/>
        <location line="+19"/>
        <source>A runtime needs a name.</source>
        <translation>Un entorno de ejecución necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="-17"/>
        <source>A runtime named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un entorno de ejecución llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportService.cpp" line="+26"/>
        <location filename="../src/storage/RuntimeStore.cpp" line="+5"/>
        <source>adding a runtime</source>
        <translation>añadir un entorno de ejecución</translation>
    </message>
    <message>
        <location filename="../src/storage/DomainStore.cpp" line="+40"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>reading owned domains</source>
        <translation>leer los dominios propios</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid domain (R1: at least two labels of a-z, 0-9 and -).</source>
        <translation>&quot;%1&quot; no es un dominio válido (R1: al menos dos etiquetas de a-z, 0-9 y -).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>adding a domain</source>
        <translation>añadir un dominio</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>removing a domain</source>
        <translation>quitar un dominio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an owned domain of this infrastructure.</source>
        <translation>&quot;%1&quot; no es un dominio propio de esta infraestructura.</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">El controlador de la base de datos no proporciona un identificador SQLite.</translation>
    </message>
    <message>
        <source>Importing users</source>
        <translation type="vanished">La importación de usuarios</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportService.cpp" line="+9"/>
        <source>recording the import</source>
        <translation>registrar la importación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation>Importación cancelada: el espacio de trabajo quedó como estaba.</translation>
    </message>
    <message>
        <location filename="../src/storage/RecordMapper.cpp" line="+64"/>
        <location line="+6"/>
        <source>reading decisions</source>
        <translation>leer las decisiones</translation>
    </message>
    <message>
        <location filename="../src/storage/RecountReader.cpp" line="+85"/>
        <location line="+12"/>
        <source>reading records</source>
        <translation>leer los registros</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionStore.cpp" line="+270"/>
        <location filename="../src/storage/NeighbourSearch.cpp" line="-133"/>
        <location filename="../src/storage/RecountReader.cpp" line="+12"/>
        <location line="+11"/>
        <source>reading links</source>
        <translation>leer los vínculos</translation>
    </message>
    <message>
        <location filename="../src/storage/UserQueries.cpp" line="+68"/>
        <source>Listing users: value %1 of the query is of an unexpected type (%2).</source>
        <translation>Listado de usuarios: el valor %1 de la consulta es de un tipo inesperado (%2).</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+82"/>
        <location line="+66"/>
        <source>listing users</source>
        <translation>listar los usuarios</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>counting users</source>
        <translation>contar los usuarios</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation type="vanished">El listado de usuarios</translation>
    </message>
    <message>
        <source>Database error while listing users: %1</source>
        <translation type="vanished">Error de base de datos al listar los usuarios: %1</translation>
    </message>
    <message>
        <location filename="../src/storage/NeighbourSearch.cpp" line="-18"/>
        <location line="+186"/>
        <source>matching records</source>
        <translation>emparejar registros</translation>
    </message>
    <message>
        <location line="-116"/>
        <location filename="../src/storage/UserQueries.cpp" line="-42"/>
        <location line="+10"/>
        <location line="+80"/>
        <location line="+53"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../src/storage/UserQueries.cpp" line="+54"/>
        <location line="+8"/>
        <source>finding a user</source>
        <translation>buscar un usuario</translation>
    </message>
    <message>
        <location filename="../src/storage/RecountReader.cpp" line="-32"/>
        <location filename="../src/storage/UserQueries.cpp" line="-4"/>
        <source>The query reads no column %1.</source>
        <translation>La consulta no lee ninguna columna %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRecords.cpp" line="+126"/>
        <location filename="../src/storage/UserQueries.cpp" line="+6"/>
        <source>No user &quot;%1&quot; in that runtime.</source>
        <translation>No hay ningún usuario &quot;%1&quot; en ese entorno.</translation>
    </message>
    <message>
        <location filename="../src/storage/NeighbourSearch.cpp" line="+174"/>
        <location filename="../src/storage/RecordExplainer.cpp" line="+42"/>
        <location line="+43"/>
        <source>reading a record</source>
        <translation>leer un registro</translation>
    </message>
    <message>
        <location filename="../src/storage/RecordExplainer.cpp" line="-6"/>
        <source>%1/%2 (tenant &quot;%3&quot;):</source>
        <translation>%1/%2 (inquilino &quot;%3&quot;):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>R12: not counted by the platform&apos;s console either.</source>
        <translation>R12: tampoco lo cuenta la consola de la plataforma.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>R6: individual #%1, %n counted record(s): %2.</source>
        <translation>
            <numerusform>R6: persona n.º %1, %n registro contado: %2.</numerusform>
            <numerusform>R6: persona n.º %1, %n registros contados: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R7: at least one of its counted records is internal: the individual counts as internal.</source>
        <translation>R7: al menos uno de sus registros contados es interno: la persona cuenta como interna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R7: none of its counted records is internal: the individual counts as external.</source>
        <translation>R7: ninguno de sus registros contados es interno: la persona cuenta como externa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R9: the individual counts once against the named capacity.</source>
        <translation>R9: la persona cuenta una vez contra la capacidad nominal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>R12: platform %1 (before 11.11.3) counts each counted record as one user: this record is one user of %2&apos;s console.</source>
        <translation>R12: la plataforma %1 (anterior a 11.11.3) cuenta cada registro contado como un usuario: este registro es un usuario de la consola de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R12: tenant &quot;%1&quot; is a multi-tenant app&apos;s tenant: the platform counts this record as a user of its own in %2&apos;s console.</source>
        <translation>R12: el inquilino &quot;%1&quot; es el de una aplicación multiinquilino: la plataforma cuenta este registro como un usuario propio en la consola de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R12: could not read the platform user: %1</source>
        <translation>R12: no se pudo leer el usuario de la plataforma: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R12: %1&apos;s console counts this record as one user.</source>
        <translation>R12: la consola de %1 cuenta este registro como un usuario.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n record(s): %2.</source>
        <translation>
            <numerusform>R12: la consola de %1 lo combina (mismo correo o mismo usuario en los inquilinos predeterminados) en un usuario con %n registro: %2.</numerusform>
            <numerusform>R12: la consola de %1 lo combina (mismo correo o mismo usuario en los inquilinos predeterminados) en un usuario con %n registros: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRecords.cpp" line="-67"/>
        <source>recording a decision</source>
        <translation>registrar una decisión</translation>
    </message>
    <message>
        <location filename="../src/storage/TenantStore.cpp" line="+85"/>
        <source>updating a record</source>
        <translation>actualizar un registro</translation>
    </message>
    <message>
        <source>Recording a decision</source>
        <translation type="vanished">El registro de una decisión</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionStore.cpp" line="-54"/>
        <source>A link joins two records of one tenant; records of different tenants are joined by a shared e-mail address (R6).</source>
        <translation>Un vínculo une dos registros de un mismo inquilino; los registros de inquilinos distintos se unen por una dirección de correo compartida (R6).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>linking records</source>
        <translation>vincular registros</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unlinking records</source>
        <translation>desvincular registros</translation>
    </message>
    <message>
        <location filename="../src/storage/GroupStore.cpp" line="-8"/>
        <source>A group membership needs a group name and a username.</source>
        <translation>Una pertenencia a grupo necesita un nombre de grupo y un nombre de usuario.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>reading the runtime&apos;s users</source>
        <translation>leer los usuarios del entorno</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>replacing the groups</source>
        <translation>reemplazar los grupos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>importing the groups</source>
        <translation>importar los grupos</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <source>listing groups</source>
        <translation>listar los grupos</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="+66"/>
        <source>removing a runtime</source>
        <translation>quitar un entorno de ejecución</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="+4"/>
        <source>renaming an infrastructure</source>
        <translation>cambiar el nombre de una infraestructura</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>removing an infrastructure</source>
        <translation>quitar una infraestructura</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="-39"/>
        <location line="+10"/>
        <source>A runtime named &quot;%1&quot; already exists in this infrastructure.</source>
        <translation>Ya existe un entorno de ejecución llamado &quot;%1&quot; en esta infraestructura.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>renaming a runtime</source>
        <translation>cambiar el nombre de un entorno de ejecución</translation>
    </message>
    <message>
        <location filename="../src/storage/TenantStore.cpp" line="-129"/>
        <location line="+12"/>
        <source>reading a tenant&apos;s records</source>
        <translation>leer los registros de un inquilino</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>reading tenant kinds</source>
        <translation>leer los tipos de inquilino</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The workspace is damaged: unknown tenant kind %1.</source>
        <translation>El espacio de trabajo está dañado: tipo de inquilino desconocido %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="-58"/>
        <source>setting the platform version</source>
        <translation>definir la versión de la plataforma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>setting the licence model</source>
        <translation>definir el modelo de licencia</translation>
    </message>
    <message>
        <location filename="../src/storage/TenantStore.cpp" line="+33"/>
        <location line="+10"/>
        <source>reading tenants</source>
        <translation>leer los inquilinos</translation>
    </message>
    <message>
        <source>Changing a tenant&apos;s kind</source>
        <translation type="vanished">El cambio del tipo de un inquilino</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>setting a tenant kind</source>
        <translation>definir el tipo de un inquilino</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeKeySet.cpp" line="+36"/>
        <source>the key set of runtime %1 has %2 bytes</source>
        <translation>el conjunto de claves del runtime %1 tiene %2 bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key set of runtime %1 is not in order</source>
        <translation>el conjunto de claves del runtime %1 no está en orden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>storing the runtime&apos;s key set</source>
        <translation>guardar el conjunto de claves del runtime</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>removing the runtime&apos;s key set</source>
        <translation>eliminar el conjunto de claves del runtime</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the runtimes&apos; key sets</source>
        <translation>leer los conjuntos de claves de los runtimes</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+32"/>
        <source>runtime %1 has records but no key set</source>
        <translation>el runtime %1 tiene registros pero ningún conjunto de claves</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+28"/>
        <source>reading the runtime&apos;s key set</source>
        <translation>leer el conjunto de claves del runtime</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>building the runtimes&apos; key sets</source>
        <translation>construir los conjuntos de claves de los runtimes</translation>
    </message>
    <message>
        <location filename="../src/storage/WorkspacePostgres.cpp" line="+28"/>
        <source>%1: cannot connect: %2</source>
        <translation>%1: no se puede conectar: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the server did not accept the password.</source>
        <translation>%1: el servidor no aceptó la contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the password in ~/.pgpass or in the file PGPASSFILE names (one line HOST:PORT:DBNAME:USER:PASSWORD, readable by you only).</source>
        <translation>Indique la contraseña en ~/.pgpass o en el archivo que nombra PGPASSFILE (una línea HOST:PORT:DBNAME:USER:PASSWORD, legible solo por usted).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: this installation has no PostgreSQL driver for Qt (QPSQL; Debian&apos;s libqt6sql6-psql package).</source>
        <translation>%1: esta instalación no tiene el controlador de PostgreSQL para Qt (QPSQL; el paquete libqt6sql6-psql de Debian).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: cannot set up the connection: %2</source>
        <translation>%1: no se puede configurar la conexión: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <location filename="../src/cli/WorkspaceCommands.cpp" line="+19"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named %1</source>
        <translation>nominales %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal %1, external %2</source>
        <translation>internos %1, externos %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Workspace %1 is ready.</source>
        <translation>El espacio de trabajo %1 está listo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created workspace %1.</source>
        <translation>Espacio de trabajo %1 creado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Infrastructure %1 (%2): %3</source>
        <translation>Infraestructura %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>unknown licence model &apos;%1&apos; (use internal-external or named)</source>
        <translation>modelo de licencia desconocido &apos;%1&apos; (use internal-external o named)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&apos;%1&apos; is not a platform version (e.g. 11.20.1)</source>
        <translation>&apos;%1&apos; no es una versión de plataforma (p. ej. 11.20.1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added infrastructure %1 (%2).</source>
        <translation>Infraestructura %1 (%2) añadida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give --platform VERSION and/or --model internal-external|named</source>
        <translation>indique --platform VERSIÓN y/o --model internal-external|named</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a platform version (e.g. 11.20.1, or unset)</source>
        <translation>&apos;%1&apos; no es una versión de plataforma (p. ej. 11.20.1, o unset)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Infrastructure %1: model %2, platform %3.</source>
        <translation>Infraestructura %1: modelo %2, plataforma %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set (11.11.3 or later)</source>
        <translation>sin definir (11.11.3 o posterior)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Infrastructure %1 is now %2.</source>
        <translation>La infraestructura %1 se llama ahora %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removing infrastructure &apos;%1&apos; deletes its runtimes and records: add --yes</source>
        <translation>quitar la infraestructura &apos;%1&apos; borra sus entornos y registros: añada --yes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed infrastructure %1.</source>
        <translation>Infraestructura %1 quitada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runtime %1 is now %2.</source>
        <translation>El entorno %1 se llama ahora %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>removing runtime &apos;%1&apos; deletes its records: add --yes</source>
        <translation>quitar el entorno &apos;%1&apos; borra sus registros: añada --yes</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Removed runtime %1 (%n record(s)) from %2.</source>
        <translation>
            <numerusform>Entorno %1 (%n registro) quitado de %2.</numerusform>
            <numerusform>Entorno %1 (%n registros) quitado de %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+139"/>
        <location line="+85"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Runtimes</source>
        <translation>Entornos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tenants yet: import a runtime first.</source>
        <translation>Aún no hay inquilinos: importe primero un entorno.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--kind needs default, app or it, not &apos;%1&apos;</source>
        <translation>--kind necesita default, app o it, no &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n tenant(s) of %1 set to kind %2.</source>
        <translation>
            <numerusform>%n inquilino de %1 pasado al tipo %2.</numerusform>
            <numerusform>%n inquilinos de %1 pasados al tipo %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give either --internal/--external or --named, not both</source>
        <translation>indique --internal/--external o --named, no ambos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --internal N and --external N, or --named N</source>
        <translation>indique --internal N y --external N, o --named N</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 needs a whole number of users, not &apos;%2&apos;</source>
        <translation>--%1 necesita un número entero de usuarios, no &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>infrastructure &quot;%1&quot; uses the named model: set its capacity with --named, not --internal/--external</source>
        <translation>la infraestructura &quot;%1&quot; usa el modelo nominal: defina su capacidad con --named, no con --internal/--external</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>infrastructure &quot;%1&quot; uses the internal-external model, not named: set --internal and --external</source>
        <translation>la infraestructura &quot;%1&quot; usa el modelo interno-externo, no el nominal: defina --internal y --external</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Capacity of %1: %2.</source>
        <translation>Capacidad de %1: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added runtime %1 to infrastructure %2.</source>
        <translation>Entorno %1 añadido a la infraestructura %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Runtime</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last import (UTC)</source>
        <translation>Última importación (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(dry run: nothing was changed)</source>
        <translation>(simulación: no se ha cambiado nada)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--json goes with --dry-run</source>
        <translation>--json va con --dry-run</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Added %n owned domain(s) to %1; it now has %2.</source>
        <translation>
            <numerusform>%n dominio propio añadido a %1; ahora tiene %2.</numerusform>
            <numerusform>%n dominios propios añadidos a %1; ahora tiene %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Removed %n owned domain(s) from %1; it now has %2.</source>
        <translation>
            <numerusform>%n dominio propio quitado de %1; ahora tiene %2.</numerusform>
            <numerusform>%n dominios propios quitados de %1; ahora tiene %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normalized</source>
        <translation>Normalizado</translation>
    </message>
</context>
<context>
    <name>hc::ChangeNotifier</name>
    <message>
        <location filename="../src/storage/ChangeNotifier.cpp" line="+38"/>
        <source>Cannot listen for changes made by others: %1</source>
        <translation>No se pueden escuchar los cambios hechos por otros: %1</translation>
    </message>
</context>
<context>
    <name>hc::ConnectWorkspaceDialog</name>
    <message>
        <location filename="../src/gui/ConnectWorkspaceDialog.cpp" line="+34"/>
        <source>Connect to Shared Workspace</source>
        <translation>Conectar a un espacio de trabajo compartido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server host</source>
        <translation>Host del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. db.example.com</source>
        <translation>p. ej. db.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database name</source>
        <translation>Nombre de la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS mode</source>
        <translation>Modo TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable (no TLS)</source>
        <translation>Desactivar (sin TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer (TLS when the server offers it)</source>
        <translation>Preferir (TLS cuando el servidor lo ofrece)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require (TLS, certificate not checked)</source>
        <translation>Exigir (TLS, sin comprobar el certificado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify full (TLS, certificate and host name checked)</source>
        <translation>Verificación completa (TLS, se comprueban el certificado y el nombre de host)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace URL</source>
        <translation>URL del espacio de trabajo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with the connection details</source>
        <translation>Problema con los datos de conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password comes from ~/.pgpass (or the file PGPASSFILE names); without one there you are asked for it. It is never saved.</source>
        <translation>La contraseña se toma de ~/.pgpass (o del archivo que nombra PGPASSFILE); si no está allí, se le pide. Nunca se guarda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the server&apos;s host name.</source>
        <translation>Indique el nombre de host del servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the name of the database.</source>
        <translation>Indique el nombre de la base de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give your user name on the server.</source>
        <translation>Indique su nombre de usuario en el servidor.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
</context>
<context>
    <name>hc::CsvReader</name>
    <message>
        <location filename="../src/import/CsvReader.cpp" line="+27"/>
        <source>the first line &apos;sep=&quot;&apos; names the quote as the delimiter, which cannot be one</source>
        <translation>la primera línea &apos;sep=&quot;&apos; indica la comilla como delimitador, y no puede serlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first line &apos;sep=&apos; names no delimiter (Excel writes e.g. &apos;sep=;&apos;)</source>
        <translation>la primera línea &apos;sep=&apos; no indica ningún delimitador (Excel escribe p. ej. &apos;sep=;&apos;)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>unterminated quoted field: the quote opened here is never closed</source>
        <translation>campo entrecomillado sin terminar: la comilla abierta aquí nunca se cierra</translation>
    </message>
</context>
<context>
    <name>hc::DashboardWidget</name>
    <message>
        <location filename="../src/gui/DashboardWidget.cpp" line="+121"/>
        <source>Opens or creates a workspace to show its counts</source>
        <translation>Abre o crea un espacio de trabajo para mostrar sus recuentos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Internal users</source>
        <translation>Usuarios internos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique internal individuals against the internal capacity.</source>
        <translation>Personas internas únicas frente a la capacidad interna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External users</source>
        <translation>Usuarios externos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique external individuals against the external capacity.</source>
        <translation>Personas externas únicas frente a la capacidad externa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named users</source>
        <translation>Usuarios nominales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique individuals against the named-user capacity.</source>
        <translation>Personas únicas frente a la capacidad de usuarios nominales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trend and forecast</source>
        <translation>Tendencia y previsión</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Counted records per runtime</source>
        <translation>Registros contados por entorno</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Each runtime&apos;s records, and what its own console shows: a person with accounts in two runtimes is counted once in the unique totals.</source>
        <translation>Los registros de cada entorno y lo que muestra su propia consola: una persona con cuentas en dos entornos se cuenta una vez en los totales únicos.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unique individuals</source>
        <translation>Personas únicas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal</source>
        <translation>Internas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Externas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unique internal individuals</source>
        <translation>Personas internas únicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique external individuals</source>
        <translation>Personas externas únicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique individuals in total</source>
        <translation>Personas únicas en total</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not counted</source>
        <translation>No contados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IT users</source>
        <translation>Usuarios de TI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Developers and administrators who do not use the apps.</source>
        <translation>Desarrolladores y administradores que no usan las aplicaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated in the platform or in Headcount.</source>
        <translation>Desactivados en la plataforma o en Headcount.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anónimos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never logged in and share no personal data.</source>
        <translation>Nunca han accedido y no comparten datos personales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total records not counted</source>
        <translation>Total de registros no contados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All records excluded above.</source>
        <translation>Todos los registros excluidos arriba.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records not counted: %1</source>
        <translation>Registros no contados: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This workspace has no infrastructure yet.</source>
        <translation>Este espacio de trabajo aún no tiene ninguna infraestructura.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Licence model: named users</source>
        <translation>Modelo de licencia: usuarios nominales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence model: internal and external users</source>
        <translation>Modelo de licencia: usuarios internos y externos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>platform 11.11.3 or later</source>
        <translation>plataforma 11.11.3 o posterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform %1</source>
        <translation>plataforma %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sum of the runtimes&apos; consoles: %1</source>
        <translation>Suma de las consolas de los entornos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the runtimes&apos; consoles: %1 internal · %2 external (%3)</source>
        <translation>Suma de las consolas de los entornos: %1 internos · %2 externos (%3)</translation>
    </message>
</context>
<context>
    <name>hc::DomainsModel</name>
    <message>
        <location filename="../src/gui/DomainsModel.cpp" line="+65"/>
        <source>Typed as %1</source>
        <translation>Escrito como %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared as %1 (R1)</source>
        <translation>Comparado como %1 (R1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>hc::DomainsView</name>
    <message>
        <location filename="../src/gui/DomainsView.cpp" line="+113"/>
        <source>Owned domains</source>
        <translation>Dominios propios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move Selected</source>
        <translation>&amp;Quitar seleccionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected owned domains</source>
        <translation>Quitar los dominios propios seleccionados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Largest external domains (counted records)</source>
        <translation>&amp;Mayores dominios externos (registros contados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest external domains</source>
        <translation>Mayores dominios externos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a domain to make it owned</source>
        <translation>Haga doble clic en un dominio para hacerlo propio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add as Owned</source>
        <translation>Añadir &amp;como propios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selected external domains as owned domains</source>
        <translation>Añadir los dominios externos seleccionados como dominios propios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type or &amp;paste domains to add (one per line, or separated by commas or semicolons):</source>
        <translation>Escriba o pe&amp;gue los dominios que desea añadir (uno por línea, o separados por comas o puntos y coma):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domains to add</source>
        <translation>Dominios que añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>example.com, sales.example.com</source>
        <translation>example.com, ventas.example.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+175"/>
        <source>Add T&amp;yped Domains</source>
        <translation>Añadir &amp;dominios escritos</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Add the typed domains</source>
        <translation>Añadir los dominios escritos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Owned domains of %1 (records with that domain)</source>
        <translation>Dominios p&amp;ropios de %1 (registros con ese dominio)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No domain is owned yet, so every record is internal (R4).</source>
        <translation>Aún no hay ningún dominio propio, así que todos los registros son internos (R4).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n external domain(s) in all</source>
        <translation>
            <numerusform>%n dominio externo en total</numerusform>
            <numerusform>%n dominios externos en total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counted external records</source>
        <translation>%1 registros externos contados</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What if: working it out…</source>
        <translation>Simulación: calculando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What if: could not be worked out: %1</source>
        <translation>Simulación: no se pudo calcular: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What if: %1</source>
        <translation>Simulación: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Refused “%1”: %2.</source>
        <translation>Rechazado «%1»: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more refused.</source>
        <translation>
            <numerusform>%n más rechazado.</numerusform>
            <numerusform>%n más rechazados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owned already: %1.</source>
        <translation>Ya propios: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given twice: %1.</source>
        <translation>Indicados dos veces: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Add T&amp;yped Domains (%n)</source>
        <translation>
            <numerusform>Añadir &amp;dominio escrito (%n)</numerusform>
            <numerusform>Añadir &amp;dominios escritos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <location line="+15"/>
        <source>Add %n domain(s)</source>
        <translation>
            <numerusform>Añadir %n dominio</numerusform>
            <numerusform>Añadir %n dominios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Remove %n domain(s)</source>
        <translation>
            <numerusform>Quitar %n dominio</numerusform>
            <numerusform>Quitar %n dominios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ExplainDialog</name>
    <message>
        <location filename="../src/gui/ExplainDialog.cpp" line="+19"/>
        <source>Explain %1</source>
        <translation>Explicar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why &lt;b&gt;%1&lt;/b&gt; counts the way it does, rule by rule:</source>
        <translation>Por qué &lt;b&gt;%1&lt;/b&gt; cuenta como cuenta, regla por regla:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules applied</source>
        <translation>Reglas aplicadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why %1 counts the way it does, one rule a line</source>
        <translation>Por qué %1 cuenta como cuenta, una regla por línea</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the explanation</source>
        <translation>Copiar la explicación</translation>
    </message>
</context>
<context>
    <name>hc::ExportReader</name>
    <message>
        <location filename="../src/import/ExportReader.cpp" line="+84"/>
        <source>the value holds a NUL byte: the file may be damaged</source>
        <translation>el valor contiene un byte NUL: puede que el archivo esté dañado</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+437"/>
        <location line="+183"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="-484"/>
        <source>expected a string, number, boolean or null, not an array</source>
        <translation>se esperaba una cadena, un número, un booleano o null, no una matriz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a string, number, boolean or null, not an object</source>
        <translation>se esperaba una cadena, un número, un booleano o null, no un objeto</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 is already the Id of the record at line %2</source>
        <translation>%1 ya es el Id del registro de la línea %2</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this row has %1 fields but the header has %2</source>
        <translation>esta fila tiene %1 campos pero el encabezado tiene %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file looks cut off: its last line ends without a line break after %1 of the %2 fields</source>
        <translation>el archivo parece cortado: su última línea termina sin salto de línea después de %1 de los %2 campos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this row has %1 fields but the header has %2: the missing ones are read as empty</source>
        <translation>esta fila tiene %1 campos pero el encabezado tiene %2: los que faltan se leen como vacíos</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the delimiter must be one ASCII character</source>
        <translation>el delimitador debe ser un único carácter ASCII</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the keys %1 (line %2, column %3) and %4 both give the field %5</source>
        <translation>las claves %1 (línea %2, columna %3) y %4 dan ambas el campo %5</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the key %1 is given twice in this record (first at line %2, column %3)</source>
        <translation>la clave %1 aparece dos veces en este registro (primero en la línea %2, columna %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this record is not an object</source>
        <translation>este registro no es un objeto</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::FieldMapping</name>
    <message>
        <location filename="../src/import/FieldMapping.cpp" line="+104"/>
        <source>&apos;%1&apos; (chosen for column &apos;%2&apos;) is not a known field; known fields: %3</source>
        <translation>&apos;%1&apos; (elegido para la columna &apos;%2&apos;) no es un campo conocido; campos conocidos: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; both give the field %3</source>
        <translation>las columnas &apos;%1&apos; y &apos;%2&apos; dan ambas el campo %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>expected columns such as Username, Email, Id, Name, Is_Active</source>
        <translation>se esperaban columnas como Username, Email, Id, Name, Is_Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a user export: the records have no fields (%1)</source>
        <translation>no es una exportación de usuarios: los registros no tienen campos (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a user export: the header row names no columns (%1)</source>
        <translation>no es una exportación de usuarios: la fila de encabezado no nombra ninguna columna (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a user export: none of the columns %1 is known (%2)</source>
        <translation>no es una exportación de usuarios: no se conoce ninguna de las columnas %1 (%2)</translation>
    </message>
</context>
<context>
    <name>hc::GaugeWidget</name>
    <message>
        <location filename="../src/gui/GaugeWidget.cpp" line="+131"/>
        <source>No capacity set</source>
        <translation>Sin capacidad definida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over capacity by %1 (%2 %)</source>
        <translation>Capacidad superada en %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over capacity by %1</source>
        <translation>Capacidad superada en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near capacity: %1 % used</source>
        <translation>Cerca de la capacidad: %1 % usado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within capacity: %1 % used</source>
        <translation>Dentro de la capacidad: %1 % usado</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+43"/>
        <source>Capacity gauge</source>
        <translation>Indicador de capacidad</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: %2, no capacity set</source>
        <translation>%1: %2, sin capacidad definida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1: %2 de %3 (%4 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>%1 of %2 licensed</source>
        <translation type="vanished">%1 de %2 con licencia</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation type="vanished">%1 en uso</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>of %1 licensed</source>
        <translation>de %1 con licencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no capacity set</source>
        <translation>sin capacidad definida</translation>
    </message>
</context>
<context>
    <name>hc::GroupReader</name>
    <message>
        <location filename="../src/import/GroupReader.cpp" line="+40"/>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; both give the %3</source>
        <translation>las columnas &apos;%1&apos; y &apos;%2&apos; dan ambas el %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>username</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant</source>
        <translation>inquilino</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not a group membership export: it needs a group column (Group, GroupName or Role) and a username column (Username, UserName or Login); its columns: %1</source>
        <translation>no es una exportación de pertenencias a grupos: necesita una columna de grupo (Group, GroupName o Role) y una de nombre de usuario (Username, UserName o Login); sus columnas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the value holds a NUL byte: the file may be damaged</source>
        <translation>el valor contiene un byte NUL: puede que el archivo esté dañado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the group name is empty</source>
        <translation>el nombre del grupo está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the username is empty</source>
        <translation>el nombre de usuario está vacío</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a string or a number, not an %1</source>
        <translation>se esperaba una cadena o un número, no %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the delimiter must be one ASCII character</source>
        <translation>el delimitador debe ser un único carácter ASCII</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>this row has %1 fields but the header has %2</source>
        <translation>esta fila tiene %1 campos pero el encabezado tiene %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>this record is not an object</source>
        <translation>este registro no es un objeto</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizard</name>
    <message>
        <location filename="../src/gui/ImportWizard.cpp" line="+24"/>
        <source>Import a User Export</source>
        <translation>Importar una exportación de usuarios</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardFilePage</name>
    <message>
        <location filename="../src/gui/ImportWizardFilePage.cpp" line="+30"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent files:</source>
        <translation>Archivos &amp;recientes:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File and runtime</source>
        <translation>Archivo y entorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a runtime&apos;s user export (CSV or JSON) and the runtime it describes.</source>
        <translation>Elija la exportación de usuarios de un entorno (CSV o JSON) y el entorno que describe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of a CSV or JSON export</source>
        <translation>Ruta de una exportación CSV o JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the runtime&apos;s user export to import, CSV or JSON</source>
        <translation>Ruta de la exportación de usuarios del entorno que se importa, CSV o JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the export file</source>
        <translation>Elegir el archivo de exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent import files</source>
        <translation>Archivos importados recientemente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target runtime</source>
        <translation>Entorno de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runtime the export describes; a new name adds a runtime</source>
        <translation>El entorno que describe la exportación; un nombre nuevo añade un entorno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File:</source>
        <translation>Ar&amp;chivo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Infrastructure:</source>
        <translation>Infraestructura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;untime:</source>
        <translation>&amp;Entorno de ejecución:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (no longer there)</source>
        <translation>%1 (ya no existe)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import a User Export</source>
        <translation>Importar una exportación de usuarios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User exports (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Exportaciones de usuarios (*.csv *.tsv *.txt *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose a runtime, or type the name of a new one.</source>
        <translation>Elija un entorno, o escriba el nombre de uno nuevo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Existing runtime: %Ln record(s), last import %1. The import replaces or merges them in one transaction.</source>
        <translation>
            <numerusform>Entorno existente: %Ln registro, última importación %1. La importación lo reemplaza o lo combina en una sola transacción.</numerusform>
            <numerusform>Entorno existente: %Ln registros, última importación %1. La importación los reemplaza o los combina en una sola transacción.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New runtime: &quot;%1&quot; is created in %2 when the import runs.</source>
        <translation>Entorno nuevo: &quot;%1&quot; se crea en %2 al ejecutar la importación.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardMappingPage</name>
    <message>
        <location filename="../src/gui/ImportWizardMappingPage.cpp" line="+25"/>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Format and column mapping</source>
        <translation>Formato y asignación de columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what was detected and which field each column gives. Password columns are never imported; columns left as &quot;Ignored&quot; are not read.</source>
        <translation>Compruebe lo que se detectó y qué campo da cada columna. Las columnas de contraseña nunca se importan; las columnas que se dejan como &quot;Ignorada&quot; no se leen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header:</source>
        <translation>Encabezado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation>Registros:</translation>
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
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>line %1, %Ln column(s)</source>
        <translation>
            <numerusform>línea %1, %Ln columna</numerusform>
            <numerusform>línea %1, %Ln columnas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (after Excel&apos;s &quot;sep=&quot; line)</source>
        <translation> (tras la línea &quot;sep=&quot; de Excel)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln key(s) in the records</source>
        <translation>
            <numerusform>%Ln clave en los registros</numerusform>
            <numerusform>%Ln claves en los registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 (estimated from the first rows)</source>
        <translation>unos %1 (estimado a partir de las primeras filas)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never imported</source>
        <translation>Nunca se importa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password hashes are never stored or shown.</source>
        <translation>Los hashes de contraseña nunca se guardan ni se muestran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot read the file with this delimiter: %1</source>
        <translation>No se puede leer el archivo con este delimitador: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>With this mapping the file cannot be imported: %1</source>
        <translation>Con esta asignación el archivo no se puede importar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The %Ln previewed row(s) read cleanly with this mapping.</source>
        <translation>
            <numerusform>La %Ln fila de la vista previa se lee sin problemas con esta asignación.</numerusform>
            <numerusform>Las %Ln filas de la vista previa se leen sin problemas con esta asignación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of the %Ln previewed row(s) have a problem with this mapping (tinted; hover for the reason). The validation step lists every problem in the file.</source>
        <translation>
            <numerusform>%1 de la %Ln fila de la vista previa tiene un problema con esta asignación (resaltada; pase el puntero para ver el motivo). El paso de validación lista todos los problemas del archivo.</numerusform>
            <numerusform>%1 de las %Ln filas de la vista previa tienen un problema con esta asignación (resaltadas; pase el puntero para ver el motivo). El paso de validación lista todos los problemas del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignored columns: %1.</source>
        <translation>Columnas ignoradas: %1.</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardPreview</name>
    <message>
        <location filename="../src/gui/ImportWizardPreview.cpp" line="+92"/>
        <source>a ZIP archive (an Excel .xlsx workbook is one)</source>
        <translation>un archivo ZIP (un libro de Excel .xlsx lo es)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Office document (.xls)</source>
        <translation>un documento antiguo de Office (.xls)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database</source>
        <translation>una base de datos SQLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a gzip-compressed file</source>
        <translation>un archivo comprimido con gzip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a binary file</source>
        <translation>un archivo binario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 is not a user export but %2. Export the runtime&apos;s user table as CSV or JSON and import that file.</source>
        <translation>%1 no es una exportación de usuarios sino %2. Exporte la tabla de usuarios del entorno de ejecución como CSV o JSON e importe ese archivo.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The delimiter must be one ASCII character.</source>
        <translation>El delimitador debe ser un único carácter ASCII.</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardProgressPage</name>
    <message>
        <location filename="../src/gui/ImportWizardProgressPage.cpp" line="+25"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stopped before importing.</source>
        <translation>Detenido antes de importar.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was imported: %1 has %Ln row(s) that cannot be read. The workspace is unchanged. Correct the file, or import it again and choose to skip bad rows.</source>
        <translation>
            <numerusform>No se importó nada: %1 tiene %Ln fila que no se puede leer. El espacio de trabajo no ha cambiado. Corrija el archivo, o vuelva a importarlo y elija omitir las filas erróneas.</numerusform>
            <numerusform>No se importó nada: %1 tiene %Ln filas que no se pueden leer. El espacio de trabajo no ha cambiado. Corrija el archivo, o vuelva a importarlo y elija omitir las filas erróneas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2 records</source>
        <translation>%1 de %2 registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1: %2</source>
        <translation>Leyendo %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing to the workspace: %1</source>
        <translation>Escribiendo en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 records/s · about %2 left</source>
        <translation>%1 registros/s · quedan unos %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln segundo</numerusform>
            <numerusform>%Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
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
        <translation>Cancelando… el espacio de trabajo queda como estaba.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 records into %2.</source>
        <translation>%1 registros importados en %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove most of the runtime?</source>
        <translation>¿Eliminar la mayor parte del entorno?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Import it anyway?</source>
        <translation>%1

¿Importarlo de todos modos?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed.</source>
        <translation>Error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import cancelled. The workspace is unchanged.</source>
        <translation>Importación cancelada. El espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import failed. The workspace is unchanged.
%1</source>
        <translation>La importación ha fallado. El espacio de trabajo no ha cambiado.
%1</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardSummaryPage</name>
    <message>
        <location filename="../src/gui/ImportWizardSummaryPage.cpp" line="+40"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counts before and after the import</source>
        <translation>Recuentos antes y después de la importación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New records:</source>
        <translation>Registros nuevos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed records:</source>
        <translation>Registros cambiados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed records:</source>
        <translation>Registros eliminados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged records:</source>
        <translation>Registros sin cambios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped rows:</source>
        <translation>Filas omitidas:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts of %1, before → after:</source>
        <translation>Recuentos de %1, antes → después:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was imported into runtime %2 of %3 (%4).</source>
        <translation>%1 se importó en el entorno %2 de %3 (%4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge</source>
        <translation>combinar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replace</source>
        <translation>reemplazar</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer in the export: %1.</source>
        <translation>Ya no están en la exportación: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated in Headcount but still active on the platform (deactivate them there): %1.</source>
        <translation>Desactivados en Headcount pero aún activos en la plataforma (desactívelos allí): %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unique individuals</source>
        <translation>Personas únicas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique internal</source>
        <translation>Únicos internos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique external</source>
        <translation>Únicos externos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique total</source>
        <translation>Total único</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: counted records</source>
        <translation>%1: registros contados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: internal records</source>
        <translation>%1: registros internos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: external records</source>
        <translation>%1: registros externos</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardValidationPage</name>
    <message>
        <location filename="../src/gui/ImportWizardValidationPage.cpp" line="+39"/>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top (import nothing)</source>
        <translation>&amp;Detener (no importar nada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import mode</source>
        <translation>Modo de importación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole file is read once, without touching the workspace, to find every row that cannot be imported.</source>
        <translation>Se lee el archivo completo una vez, sin tocar el espacio de trabajo, para encontrar todas las filas que no se pueden importar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+177"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skip the rows with problems</source>
        <translation>Omitir las filas con problemas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Replace: the export is a snapshot of the runtime; records it no longer lists are removed</source>
        <translation>&amp;Reemplazar: la exportación es una instantánea del entorno; se eliminan los registros que ya no lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge: add and update records by Id (else Username); keep the others</source>
        <translation>&amp;Combinar: añadir y actualizar registros por Id (si no, por Username); conservar los demás</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The runtime is new: every record is added.</source>
        <translation>El entorno es nuevo: se añaden todos los registros.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading %1: %2 records so far…</source>
        <translation>Leyendo %1: %2 registros hasta ahora…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has a problem that no choice can skip: correct it and try again.</source>
        <translation>El archivo tiene un problema que ninguna opción puede omitir: corríjalo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Read as JSON, %1.</source>
        <translation>Leído como JSON, %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as CSV, %1, delimiter %2.</source>
        <translation>Leído como CSV, %1, delimitador %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Password column is dropped, never stored.</source>
        <translation>La columna Password se descarta; nunca se guarda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored columns: %1.</source>
        <translation>Columnas ignoradas: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems: all %1 records can be imported.</source>
        <translation>Sin problemas: se pueden importar los %1 registros.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 records can be imported; %Ln row(s) cannot:</source>
        <translation>
            <numerusform>Se pueden importar %1 registros; %Ln fila no:</numerusform>
            <numerusform>Se pueden importar %1 registros; %Ln filas no:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the first %1 are listed)</source>
        <translation>(se listan las %1 primeras)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>S&amp;kip bad rows (import the %1 good records; the %Ln bad row(s) are left out)</source>
        <translation>
            <numerusform>&amp;Omitir las filas erróneas (importar los %1 registros correctos; se deja fuera %Ln fila errónea)</numerusform>
            <numerusform>&amp;Omitir las filas erróneas (importar los %1 registros correctos; se dejan fuera %Ln filas erróneas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has no record to import.</source>
        <translation>El archivo no tiene ningún registro que importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no record to import: importing it in Replace mode removes every record of %1.</source>
        <translation>El archivo no tiene ningún registro que importar: importarlo en modo Reemplazar elimina todos los registros de %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
</context>
<context>
    <name>hc::ImportWorker</name>
    <message>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation type="vanished">Importación cancelada: el espacio de trabajo quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>hc::InfrastructureComboBox</name>
    <message>
        <location filename="../src/gui/InfrastructureComboBox.cpp" line="+12"/>
        <source>Infrastructure</source>
        <translation>Infraestructura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licensing scope shown: its capacities, owned domains and runtimes</source>
        <translation>El ámbito de licencia mostrado: sus capacidades, dominios propios y entornos</translation>
    </message>
</context>
<context>
    <name>hc::InfrastructureDialog</name>
    <message>
        <location filename="../src/gui/InfrastructureDialog.cpp" line="+35"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>Infrastructures</source>
        <translation>Infraestructuras</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Infrastructures:</source>
        <translation>&amp;Infraestructuras:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New infrastructure</source>
        <translation>Nueva infraestructura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected infrastructure</source>
        <translation>Eliminar la infraestructura seleccionada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence model</source>
        <translation>Modelo de licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal and external users</source>
        <translation>Usuarios internos y externos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named users (before 11.7.0)</source>
        <translation>Usuarios nominales (antes de 11.7.0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform version</source>
        <translation>Versión de la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (11.11.3 or later)</source>
        <translation>sin definir (11.11.3 o posterior)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal capacity</source>
        <translation>Capacidad interna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External capacity</source>
        <translation>Capacidad externa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named-user capacity</source>
        <translation>Capacidad de usuarios nominales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ame:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence model:</source>
        <translation>Modelo de &amp;licencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform version:</source>
        <translation>Versión de la &amp;plataforma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In&amp;ternal capacity:</source>
        <translation>Capacidad in&amp;terna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xternal capacity:</source>
        <translation>Capacidad e&amp;xterna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;med capacity:</source>
        <translation>Capacidad no&amp;minal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Save the infrastructure</source>
        <translation>Guardar la infraestructura</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the infrastructure a name.</source>
        <translation>Dé un nombre a la infraestructura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a platform version: digits separated by dots, e.g. 11.20.1 (empty: not set).</source>
        <translation>«%1» no es una versión de plataforma: dígitos separados por puntos, p. ej. 11.20.1 (vacío: sin definir).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Platforms before 11.7.0 license named users: choose that licence model.</source>
        <translation>Las plataformas anteriores a 11.7.0 licencian usuarios nominales: elija ese modelo de licencia.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Change infrastructure %1</source>
        <translation>Cambiar la infraestructura %1</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Remove infrastructure %1? Its %n runtime(s), %2 records, owned domains and decisions are deleted, and this cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar la infraestructura %1? Se borran su %n entorno de ejecución, sus %2 registros, sus dominios propios y sus decisiones, y no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar la infraestructura %1? Se borran sus %n entornos de ejecución, sus %2 registros, sus dominios propios y sus decisiones, y no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Infrastructure</source>
        <translation>Eliminar infraestructura</translation>
    </message>
</context>
<context>
    <name>hc::JsonReader</name>
    <message>
        <location filename="../src/import/JsonReader.cpp" line="+65"/>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an array of user records, or an object holding one such array</source>
        <translation>se esperaba una matriz de registros de usuario, o un objeto que contenga una matriz así</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the JSON object holds no array: %1</source>
        <translation>el objeto JSON no contiene ninguna matriz: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the JSON object holds several arrays (%1): %2</source>
        <translation>el objeto JSON contiene varias matrices (%1): %2</translation>
    </message>
</context>
<context>
    <name>hc::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="+85"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;claim</source>
        <translation>&amp;Recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Dashboard (Alt+D) and Users (Alt+U)</source>
        <translation type="vanished">Panel (Alt+P) y Usuarios (Alt+U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard (Alt+D), Users (Alt+U) and Reclaim (Alt+C)</source>
        <translation>Panel (Alt+P), Usuarios (Alt+U) y Recuperación (Alt+R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The infrastructure whose counts every view shows (Alt+I)</source>
        <translation>La infraestructura cuyos recuentos muestran todas las vistas (Alt+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Infrastructure:</source>
        <translation>&amp;Infraestructura:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Another program changed the workspace; the figures are current.</source>
        <translation>Otro programa cambió el espacio de trabajo; las cifras están al día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the shared workspace was lost and is restored; the figures are current. Undo starts afresh.</source>
        <translation>Se perdió la conexión con el espacio de trabajo compartido y se ha restablecido; las cifras están al día. El historial de deshacer empieza de nuevo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Connect to Shared Workspace…</source>
        <translation>&amp;Conectar a un espacio de trabajo compartido…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a workspace that several administrators share on a PostgreSQL server</source>
        <translation>Abre un espacio de trabajo que varios administradores comparten en un servidor PostgreSQL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language, theme, default inactivity days and workspace folder</source>
        <translation>Idioma, tema, días de inactividad predeterminados y carpeta de espacios de trabajo</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Domai&amp;ns</source>
        <translation>Domi&amp;nios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Runtimes</source>
        <translation>En&amp;tornos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I&amp;nfrastructures…</source>
        <translation>I&amp;nfraestructuras…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage…</source>
        <translation>Gestionar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename or remove infrastructures; set licence model, platform version and capacities</source>
        <translation>Añadir, renombrar o eliminar infraestructuras; definir el modelo de licencia, la versión de la plataforma y las capacidades</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a workspace before managing its infrastructures.</source>
        <translation>Abra un espacio de trabajo antes de gestionar sus infraestructuras.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applying a change</source>
        <translation>Aplicando un cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying… %p%</source>
        <translation>Aplicando… %p%</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not open the workspace. %1</source>
        <translation>No se pudo abrir el espacio de trabajo. %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headcount workspaces (*.db *.sqlite *.headcount);;All files (*)</source>
        <translation>Espacios de trabajo de Headcount (*.db *.sqlite *.headcount);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not read the counts: %1</source>
        <translation>No se pudieron leer los recuentos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts are current.</source>
        <translation>Los recuentos están al día.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Headcount</source>
        <translation>Acerca de Headcount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Headcount %1&lt;/h3&gt;&lt;p&gt;Keeps a low-code platform&apos;s end-user licence in compliance: unique internal and external users per capacity, who they are and why each one counts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Headcount %1&lt;/h3&gt;&lt;p&gt;Mantiene en cumplimiento la licencia de usuarios finales de una plataforma low-code: usuarios internos y externos únicos por capacidad, quiénes son y por qué cuenta cada uno.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
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
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a workspace before importing an export.</source>
        <translation>Abra un espacio de trabajo antes de importar una exportación.</translation>
    </message>
</context>
<context>
    <name>hc::MessageText</name>
    <message numerus="yes">
        <location filename="../src/import/MessageText.cpp" line="+87"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::MessageWidget</name>
    <message>
        <location filename="../src/gui/MessageWidget.cpp" line="+65"/>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>hc::PasswordPrompt</name>
    <message>
        <location filename="../src/gui/PasswordPrompt.cpp" line="+33"/>
        <source>The server of %1 asks for a password.</source>
        <translation>El servidor de %1 pide una contraseña.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used for this connection only; never saved.</source>
        <translation>Solo se usa para esta conexión; nunca se guarda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
</context>
<context>
    <name>hc::ReadSnapshot</name>
    <message>
        <location filename="../src/storage/ReportQueries.cpp" line="+173"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>starting to read</source>
        <translation>empezar a leer</translation>
    </message>
</context>
<context>
    <name>hc::RecentWorkspacesMenu</name>
    <message>
        <location filename="../src/gui/RecentWorkspacesMenu.cpp" line="+12"/>
        <source>Recent &amp;Workspaces</source>
        <translation>Espacios de trabajo &amp;recientes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
</context>
<context>
    <name>hc::ReclaimView</name>
    <message>
        <location filename="../src/gui/ReclaimView.cpp" line="+74"/>
        <source>Not &amp;logged in for</source>
        <translation>&amp;Sin acceder desde hace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days without a login</source>
        <translation>Días sin acceder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in runti&amp;me</source>
        <translation>en el ent&amp;orno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runtime</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only members of an imported group</source>
        <translation>Solo miembros de un grupo importado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deac&amp;tivate Candidates…</source>
        <translation>Desactivar &amp;candidatos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate the candidates</source>
        <translation>Desactivar los candidatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate every candidate here (undoable) and write, per runtime, the list to deactivate on the platform</source>
        <translation>Desactivar aquí todos los candidatos (se puede deshacer) y escribir, por entorno de ejecución, la lista que desactivar en la plataforma</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Counts after deactivating the candidates</source>
        <translation>Recuentos tras desactivar los candidatos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Internal users after</source>
        <translation>Usuarios internos después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External users after</source>
        <translation>Usuarios externos después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named users after</source>
        <translation>Usuarios nominales después</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deactivation candidates</source>
        <translation>Candidatos a desactivación</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>all runtimes</source>
        <translation>todos los entornos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any group</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Could not work out the effect of deactivating the candidates: %1</source>
        <translation>No se pudo calcular el efecto de desactivar los candidatos: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 → %3 (%4%5)</source>
        <translation>%1 %2 → %3 (%4%5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>named</source>
        <translation>nominales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal</source>
        <translation>internos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external</source>
        <translation>externos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a workspace to find deactivation candidates.</source>
        <translation>Abra un espacio de trabajo para buscar candidatos a desactivación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding the candidates…</source>
        <translation>Buscando los candidatos…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No counted user has gone %Ln day(s) without a login.</source>
        <translation>
            <numerusform>Ningún usuario contado lleva %Ln día sin acceder.</numerusform>
            <numerusform>Ningún usuario contado lleva %Ln días sin acceder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln candidate(s) not logged in for %1 days or more.</source>
        <translation>
            <numerusform>%Ln candidato sin acceder desde hace %1 días o más.</numerusform>
            <numerusform>%Ln candidatos sin acceder desde hace %1 días o más.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivating them: %1</source>
        <translation>Al desactivarlos: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder for the Lists to Apply on the Platform</source>
        <translation>Carpeta para las listas que aplicar en la plataforma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The users were deactivated here (Undo restores them), but the lists for the platform were not written: %1</source>
        <translation>Los usuarios se desactivaron aquí (Deshacer los restaura), pero las listas para la plataforma no se escribieron: %1</translation>
    </message>
</context>
<context>
    <name>hc::ReportActions</name>
    <message>
        <location filename="../src/gui/ReportActions.cpp" line="+29"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print preview of the compliance report</source>
        <translation>Vista previa de impresión del informe de cumplimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the compliance report</source>
        <translation>Imprimir el informe de cumplimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as P&amp;DF…</source>
        <translation>Exportar como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the compliance report as PDF</source>
        <translation>Exportar el informe de cumplimiento como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as &amp;HTML…</source>
        <translation>Exportar como &amp;HTML…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the compliance report as HTML</source>
        <translation>Exportar el informe de cumplimiento como HTML</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Report progress</source>
        <translation>Progreso del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the report</source>
        <translation>Generando el informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the report</source>
        <translation>Cancelar el informe</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Export Report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Export Report as HTML</source>
        <translation>Exportar el informe como HTML</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>licence-report</source>
        <translation>informe-licencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML documents (*.html *.htm)</source>
        <translation>Documentos HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Report cancelled.</source>
        <translation>Informe cancelado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not make the report: %1</source>
        <translation>No se pudo generar el informe: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se escribió %1 (%n página).</numerusform>
            <numerusform>Se escribió %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print Preview – %1</source>
        <translation>Vista previa de impresión – %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not lay out the report: %1</source>
        <translation>No se pudo maquetar el informe: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not print the report: %1</source>
        <translation>No se pudo imprimir el informe: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ReportBuilder</name>
    <message>
        <location filename="../src/report/ReportBuilder.cpp" line="+24"/>
        <source>The number of inactive days must be at least 1.</source>
        <translation>El número de días de inactividad debe ser al menos 1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The workspace has no infrastructure.</source>
        <translation>El espacio de trabajo no tiene ninguna infraestructura.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot compute the SHA-256 fingerprint.</source>
        <translation>No se puede calcular la huella SHA-256.</translation>
    </message>
</context>
<context>
    <name>hc::ReportFile</name>
    <message>
        <location filename="../src/report/ReportFile.cpp" line="+24"/>
        <source>Licence compliance roll-up</source>
        <translation>Resumen de cumplimiento de licencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence compliance report: %1</source>
        <translation>Informe de cumplimiento de licencia: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::ReportFingerprint</name>
    <message>
        <location filename="../src/report/ReportFingerprint.cpp" line="+204"/>
        <source>Cannot compute the SHA-256 fingerprint.</source>
        <translation>No se puede calcular la huella SHA-256.</translation>
    </message>
</context>
<context>
    <name>hc::ReportHtml</name>
    <message>
        <location filename="../src/report/ReportHtml.cpp" line="+90"/>
        <source>no capacity set</source>
        <translation>sin capacidad definida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within capacity</source>
        <translation>dentro de la capacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEAR capacity</source>
        <translation>CERCA de la capacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVER capacity</source>
        <translation>POR ENCIMA de la capacidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Licence compliance report</source>
        <translation>Informe de cumplimiento de licencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence compliance roll-up</source>
        <translation>Resumen de cumplimiento de licencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+17"/>
        <source>Infrastructures</source>
        <translation>Infraestructuras</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Infrastructure</source>
        <translation>Infraestructura</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique individuals / licensed</source>
        <translation>Personas únicas / con licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the platform consoles</source>
        <translation>Suma de las consolas de la plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprints</source>
        <translation>Huellas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each infrastructure follows on its own pages.</source>
        <translation>Cada infraestructura sigue en sus propias páginas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Licence compliance report:</source>
        <translation>Informe de cumplimiento de licencia:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence model</source>
        <translation>Modelo de licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform version</source>
        <translation>Versión de la plataforma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set (11.11.3 or later)</source>
        <translation>sin definir (11.11.3 o posterior)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <location line="+148"/>
        <source>Runtimes</source>
        <translation>Entornos de ejecución</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+124"/>
        <location line="+69"/>
        <location line="+41"/>
        <location line="+10"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Pseudonymised: names, usernames, e-mail addresses and domains are replaced by consistent pseudonyms; every count is unchanged.</source>
        <translation>Seudonimizado: los nombres, nombres de usuario, direcciones de correo y dominios se sustituyen por seudónimos coherentes; todos los recuentos se mantienen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 unique individuals; no capacity is set.</source>
        <translation>%1: %2 personas únicas; no hay capacidad definida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 unique individuals of %3 licensed (%4): within capacity.</source>
        <translation>%1: %2 personas únicas de %3 con licencia (%4): dentro de la capacidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 unique individuals of %3 licensed (%4): NEAR capacity (warning from %5 %).</source>
        <translation>%1: %2 personas únicas de %3 con licencia (%4): CERCA de la capacidad (aviso desde el %5 %).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 unique individuals of %3 licensed (%4): OVER capacity by %5.</source>
        <translation>%1: %2 personas únicas de %3 con licencia (%4): POR ENCIMA de la capacidad en %5.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+111"/>
        <source>Named</source>
        <translation>Nominales</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+108"/>
        <source>Internal</source>
        <translation>Internos</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+108"/>
        <source>External</source>
        <translation>Externos</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Capacities and unique counts</source>
        <translation>Capacidades y recuentos únicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Licensed</source>
        <translation>Con licencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique individuals</source>
        <translation>Personas únicas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gauge</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The licence is measured on unique individuals (R6): %1 in all.</source>
        <translation>La licencia se mide sobre personas únicas (R6): %1 en total.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <location line="+136"/>
        <location line="+37"/>
        <source>Runtime</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Counted internal</source>
        <translation>Contados internos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted external</source>
        <translation>Contados externos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Contados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform internal</source>
        <translation>Plataforma internos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform external</source>
        <translation>Plataforma externos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform estimate</source>
        <translation>Estimación de la plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last import</source>
        <translation>Última importación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records (any status)</source>
        <translation>Registros (cualquier estado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted records on all runtimes: %1. The platform estimate is what each runtime&apos;s own console shows (R12).</source>
        <translation>Registros contados en todos los entornos: %1. La estimación de la plataforma es lo que muestra la propia consola de cada entorno (R12).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Console of %1</source>
        <translation>Consola de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the consoles</source>
        <translation>Suma de las consolas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique individuals (the licence figure)</source>
        <translation>Personas únicas (la cifra de la licencia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconciliation with the platform</source>
        <translation>Conciliación con la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenants: %1 in all, %2 of multi-tenant apps (each account counts once per tenant), %3 holding IT users (never counted).</source>
        <translation>Inquilinos: %1 en total, %2 de aplicaciones multiinquilino (cada cuenta cuenta una vez por inquilino), %3 con usuarios de TI (nunca se cuentan).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exclusions</source>
        <translation>Exclusiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (R5, first that applies)</source>
        <translation>Motivo (R5, el primero que aplica)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT users</source>
        <translation>Usuarios de TI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anónimos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted</source>
        <translation>No contados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trend and forecast</source>
        <translation>Tendencia y previsión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No count history is stored for this infrastructure yet.</source>
        <translation>Aún no hay historial de recuentos guardado para esta infraestructura.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of capacity</source>
        <translation>De la capacidad</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Unique individuals at the end of each day shown (%n day(s) with changes stored).</source>
        <translation>
            <numerusform>Personas únicas al final de cada día mostrado (%n día con cambios guardado).</numerusform>
            <numerusform>Personas únicas al final de cada día mostrado (%n días con cambios guardados).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast (least-squares trend of the last %1 days, dates up to %2 days ahead):</source>
        <translation>Previsión (tendencia por mínimos cuadrados de los últimos %1 días, fechas hasta %2 días vista):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Owned domains</source>
        <translation>Dominios propios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No domain is owned: every record is internal (R4).</source>
        <translation>No hay ningún dominio propio: todos los registros son internos (R4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain as typed</source>
        <translation>Dominio tal como se escribió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normalised</source>
        <translation>Normalizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top external domains</source>
        <translation>Principales dominios externos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The named model has no external users (R9).</source>
        <translation>El modelo nominal no tiene usuarios externos (R9).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted records</source>
        <translation>Registros contados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 external domains with %2 counted records in all.</source>
        <translation>%1 dominios externos con %2 registros contados en total.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records without a valid e-mail</source>
        <translation>Registros sin correo válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counted records (internal by R4) and %2 records that do not count have no valid e-mail address in Email or Username (R2).</source>
        <translation>%1 registros contados (internos por R4) y %2 registros que no cuentan no tienen una dirección de correo válida en Email ni en Username (R2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+21"/>
        <location line="+16"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Email field</source>
        <translation>Campo Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mails shared by several records</source>
        <translation>Correos compartidos por varios registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 addresses are carried by %2 counted records with different usernames on one runtime. R6 counts each address as one person (and the platform as one user): check that none is a mailbox shared by several people.</source>
        <translation>%1 direcciones las llevan %2 registros contados con nombres de usuario distintos en un mismo entorno. R6 cuenta cada dirección como una persona (y la plataforma como un usuario): compruebe que ninguna es un buzón compartido por varias personas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usernames</source>
        <translation>Nombres de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likely duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 names are carried by %2 different individuals (same name, no shared address or username). If they are one person, link their records: each counts once more than needed.</source>
        <translation>%1 nombres los llevan %2 personas distintas (mismo nombre, sin dirección ni nombre de usuario compartidos). Si son una sola persona, vincule sus registros: cada una cuenta una vez más de lo necesario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Individuals</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deactivation candidates</source>
        <translation>Candidatos a desactivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counted records have not logged in for %2 days or more (last login before %3, or never).</source>
        <translation>%1 registros contados no han accedido en %2 días o más (último acceso antes del %3, o nunca).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 that logged in longest ago are listed.</source>
        <translation>Se listan los %1 que accedieron hace más tiempo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R1 E-mail normalisation: an address is compared in lower case, with its domain in ASCII (IDNA) and without a trailing dot.</source>
        <translation>R1 Normalización del correo: una dirección se compara en minúsculas, con su dominio en ASCII (IDNA) y sin punto final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R2 A record&apos;s e-mail is its Email field when that is a valid address, else its Username when that is one, else it has none.</source>
        <translation>R2 El correo de un registro es su campo Email si es una dirección válida; si no, su Username si lo es; si no, no tiene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R3 A domain matches an owned domain only when they are equal: subdomains are listed on their own.</source>
        <translation>R3 Un dominio coincide con un dominio propio solo si son iguales: los subdominios se listan aparte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R4 Internal when no domain is owned, when the record has no valid e-mail, or when its domain is owned; otherwise external.</source>
        <translation>R4 Interno cuando no hay ningún dominio propio, cuando el registro no tiene correo válido o cuando su dominio es propio; si no, externo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5 Not counted, in this order: IT users, inactive users, anonymous users (never logged in, no personal data).</source>
        <translation>R5 No se cuentan, en este orden: usuarios de TI, usuarios inactivos, usuarios anónimos (nunca han accedido, sin datos personales).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R6 Counted records sharing an e-mail address, or a username within one tenant pool, are one individual across all runtimes; links and splits made here override.</source>
        <translation>R6 Los registros contados que comparten una dirección de correo, o un nombre de usuario dentro de un mismo grupo de inquilinos, son una sola persona en todos los entornos; los vínculos y separaciones hechos aquí prevalecen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R7 An individual is internal when any of its records is internal.</source>
        <translation>R7 Una persona es interna cuando alguno de sus registros es interno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R8 Per runtime the counted records are given; the licence is measured on individuals.</source>
        <translation>R8 Por entorno se indican los registros contados; la licencia se mide sobre personas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R9 The named model (platforms before 11.7.0): the same exclusions and individuals, no classification.</source>
        <translation>R9 El modelo nominal (plataformas anteriores a 11.7.0): las mismas exclusiones y personas, sin clasificación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R10 A capacity is near its limit at 80 % and over when the count exceeds it.</source>
        <translation>R10 Una capacidad está cerca de su límite al 80 % y superada cuando el recuento la excede.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R11 Every change recounts at once; this report was read in one consistent snapshot.</source>
        <translation>R11 Cada cambio vuelve a contar al instante; este informe se leyó en una única instantánea coherente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R12 The platform estimate is what a runtime&apos;s own console shows: it merges a person&apos;s records within that runtime only (from 11.11.3), never across runtimes.</source>
        <translation>R12 La estimación de la plataforma es lo que muestra la propia consola de un entorno: combina los registros de una persona solo dentro de ese entorno (desde 11.11.3), nunca entre entornos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rules applied</source>
        <translation>Reglas aplicadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 over the counts, the owned domains and every record behind them (canonical form version %1, described in the README):</source>
        <translation>SHA-256 sobre los recuentos, los dominios propios y todos los registros que hay detrás (forma canónica versión %1, descrita en el README):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recompute it from the workspace with: headcount-cli fingerprint --infra %1</source>
        <translation>Recalcúlela desde el espacio de trabajo con: headcount-cli fingerprint --infra %1</translation>
    </message>
</context>
<context>
    <name>hc::ReportOptionsDialog</name>
    <message>
        <location filename="../src/gui/ReportOptionsDialog.cpp" line="+33"/>
        <source>&amp;This infrastructure (%1)</source>
        <translation>&amp;Esta infraestructura (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All infrastructures: a summary, then one section each</source>
        <translation>&amp;Todas las infraestructuras: un resumen y luego una sección para cada una</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pseudonymise names, usernames and e-mails (counts are kept)</source>
        <translation>&amp;Seudonimizar nombres, nombres de usuario y correos (se mantienen los recuentos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days without a login</source>
        <translation>Días sin acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted users not logged in for this many days are listed as deactivation candidates</source>
        <translation>Los usuarios contados que no han accedido en este número de días se listan como candidatos a desactivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report covers the infrastructure shown in the tool bar</source>
        <translation>El informe abarca la infraestructura mostrada en la barra de herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report covers every infrastructure of the workspace</source>
        <translation>El informe abarca todas las infraestructuras del espacio de trabajo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For sharing the report outside the company</source>
        <translation>Para compartir el informe fuera de la empresa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivation candidates: not logged in for</source>
        <translation>Candidatos a &amp;desactivación: sin acceder desde hace</translation>
    </message>
    <message>
        <source>Deactivation candidates: not logged in for</source>
        <translation type="vanished">Candidatos a desactivación: sin acceder desde hace</translation>
    </message>
</context>
<context>
    <name>hc::ReportPdf</name>
    <message>
        <location filename="../src/report/ReportPdf.cpp" line="+20"/>
        <source>Laying out a PDF needs a QGuiApplication.</source>
        <translation>Maquetar un PDF requiere una QGuiApplication.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot start painting the report.</source>
        <translation>No se puede empezar a dibujar el informe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot start page %1 of the report.</source>
        <translation>No se puede empezar la página %1 del informe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot finish painting the report.</source>
        <translation>No se puede terminar de dibujar el informe.</translation>
    </message>
</context>
<context>
    <name>hc::ReportQueries</name>
    <message>
        <location filename="../src/storage/ReportQueries.cpp" line="-162"/>
        <source>Database error while reading %1 for the report: %2</source>
        <translation>Error de base de datos al leer %1 para el informe: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+10"/>
        <source>external domains</source>
        <translation>los dominios externos</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>records without an e-mail</source>
        <translation>los registros sin correo</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>records</source>
        <translation>los registros</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>runtimes</source>
        <translation>los entornos de ejecución</translation>
    </message>
    <message>
        <source>The compliance report</source>
        <translation type="vanished">El informe de cumplimiento</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">El controlador de la base de datos no proporciona un identificador SQLite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading records</source>
        <translation>leer los registros</translation>
    </message>
</context>
<context>
    <name>hc::RuntimeCountsModel</name>
    <message>
        <location filename="../src/gui/RuntimeCountsModel.cpp" line="+111"/>
        <source>Production runtime %1</source>
        <translation>Entorno de producción %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n counted internal record(s) in %1</source>
        <translation>
            <numerusform>%n registro interno contado en %1</numerusform>
            <numerusform>%n registros internos contados en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n counted external record(s) in %1</source>
        <translation>
            <numerusform>%n registro externo contado en %1</numerusform>
            <numerusform>%n registros externos contados en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n counted record(s) in %1</source>
        <translation>
            <numerusform>%n registro contado en %1</numerusform>
            <numerusform>%n registros contados en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>What %1&apos;s own console shows: %n user(s)</source>
        <translation>
            <numerusform>Lo que muestra la propia consola de %1: %n usuario</numerusform>
            <numerusform>Lo que muestra la propia consola de %1: %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Production runtime</source>
        <translation>Entorno de producción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted records classified internal (the platform&apos;s own per-runtime figure)</source>
        <translation>Registros contados clasificados como internos (la cifra propia de la plataforma por entorno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted records classified external (the platform&apos;s own per-runtime figure)</source>
        <translation>Registros contados clasificados como externos (la cifra propia de la plataforma por entorno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All counted records of the runtime; the same person in two runtimes counts in both</source>
        <translation>Todos los registros contados del entorno; la misma persona en dos entornos cuenta en ambos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform&apos;s own estimate for this runtime (R12): records of the user providers&apos; default tenants that share an e-mail or username count once; each multi-tenant app account counts</source>
        <translation>La estimación propia de la plataforma para este entorno (R12): los registros de los inquilinos predeterminados de los proveedores de usuarios que comparten correo o nombre de usuario cuentan una vez; cada cuenta de una aplicación multiinquilino cuenta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runtime</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal</source>
        <translation>Internos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External</source>
        <translation>Externos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console int.</source>
        <translation>Consola int.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console ext.</source>
        <translation>Consola ext.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console total</source>
        <translation>Consola total</translation>
    </message>
</context>
<context>
    <name>hc::RuntimesModel</name>
    <message>
        <location filename="../src/gui/RuntimesModel.cpp" line="+86"/>
        <source>never</source>
        <translation>nunca</translation>
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
        <translation>Haga doble clic o pulse F2 para renombrar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Records that count (R8), before merging the same person across runtimes</source>
        <translation>Registros que cuentan (R8), antes de fusionar a la misma persona entre entornos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this runtime&apos;s own console shows (R12)</source>
        <translation>Lo que muestra la propia consola de este entorno (R12)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Runtime</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last import</source>
        <translation>Última importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>Contados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted (int. / ext.)</source>
        <translation>Contados (int. / ext.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform estimate</source>
        <translation>Estimación de la plataforma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform estimate (int. / ext.)</source>
        <translation>Estimación de la plataforma (int. / ext.)</translation>
    </message>
</context>
<context>
    <name>hc::RuntimesView</name>
    <message>
        <location filename="../src/gui/RuntimesView.cpp" line="+89"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Runtimes</source>
        <translation>Entornos de ejecución</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rena&amp;me</source>
        <translation>Reno&amp;mbrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected runtime</source>
        <translation>Renombrar el entorno seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected runtime and its records</source>
        <translation>Eliminar el entorno seleccionado y sus registros</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kind of the selected tenants:</source>
        <translation>Tipo &amp;de los inquilinos seleccionados:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant kind</source>
        <translation>Tipo de inquilino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set Kind</source>
        <translation>Apli&amp;car tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the kind of the selected tenants</source>
        <translation>Definir el tipo de los inquilinos seleccionados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cance&amp;l</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the running change</source>
        <translation>Cancelar el cambio en curso</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Runtimes of %1</source>
        <translation>Entornos de ejecución de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unique individuals in all runtimes: %1, the figure the licence is measured against.</source>
        <translation>Personas únicas en todos los entornos: %1, la cifra con la que se mide la licencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique individuals in all runtimes: %1 internal · %2 external, the figures the licence is measured against.</source>
        <translation>Personas únicas en todos los entornos: %1 internas · %2 externas, las cifras con las que se mide la licencia.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Tenants found in all runtimes of %1</source>
        <translation>In&amp;quilinos encontrados en todos los entornos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenants found in %1</source>
        <translation>In&amp;quilinos encontrados en %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename runtime %1 to %2</source>
        <translation>Renombrar el entorno de ejecución %1 a %2</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Remove runtime %1 and its %n record(s)? The administrator&apos;s decisions about them go too, and this cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar el entorno %1 y su %n registro? También se eliminan las decisiones del administrador sobre él, y no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar el entorno %1 y sus %n registros? También se eliminan las decisiones del administrador sobre ellos, y no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Runtime</source>
        <translation>Eliminar entorno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing runtime %1…</source>
        <translation>Eliminando el entorno %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Set the kind of %n tenant(s) to %1</source>
        <translation>
            <numerusform>Establecer el tipo de %n inquilino en %1</numerusform>
            <numerusform>Establecer el tipo de %n inquilinos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Setting the kind of %n tenant(s) to %1 and recounting…</source>
        <translation>
            <numerusform>Cambiando el tipo de %n inquilino a %1 y volviendo a contar…</numerusform>
            <numerusform>Cambiando el tipo de %n inquilinos a %1 y volviendo a contar…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cancelling: the change is rolled back as soon as its current step has ended…</source>
        <translation>Cancelando: el cambio se deshace en cuanto termine su paso actual…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too late to cancel: the change is already being saved.</source>
        <translation>Demasiado tarde para cancelar: el cambio ya se está guardando.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another change is still running; try again when it has finished.</source>
        <translation>Otro cambio sigue en curso; inténtelo de nuevo cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>hc::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="+31"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the console; used from the next start</source>
        <translation>El idioma de la consola; se usa desde el próximo inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used when Headcount is started again.</source>
        <translation>El nuevo idioma se usará cuando Headcount se vuelva a iniciar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console&apos;s colours: as the desktop, light or dark</source>
        <translation>Los colores de la consola: como el escritorio, claros u oscuros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default days without a login</source>
        <translation>Días sin acceso predeterminados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users not logged in for this many days are offered as deactivation candidates</source>
        <translation>Los usuarios que no han accedido en este número de días se proponen como candidatos a desactivación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default workspace folder</source>
        <translation>Carpeta predeterminada de espacios de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the Open Workspace dialog starts; empty for your home folder</source>
        <translation>Dónde empieza el diálogo Abrir espacio de trabajo; vacío para su carpeta personal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the default workspace folder</source>
        <translation>Elegir la carpeta predeterminada de espacios de trabajo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivation candidates after:</source>
        <translation>Candidatos a &amp;desactivación tras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default workspace &amp;folder:</source>
        <translation>&amp;Carpeta predeterminada de espacios de trabajo:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Default Workspace Folder</source>
        <translation>Carpeta predeterminada de espacios de trabajo</translation>
    </message>
</context>
<context>
    <name>hc::StorageErrors</name>
    <message>
        <location filename="../src/storage/StorageErrors.h" line="+35"/>
        <source>The workspace is damaged: %1. Nothing was changed; run &apos;headcount-cli check&apos;, and restore a backup.</source>
        <translation>El espacio de trabajo está dañado: %1. No se ha cambiado nada; ejecute &apos;headcount-cli check&apos; y restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not yet supported on a shared PostgreSQL workspace.</source>
        <translation type="vanished">%1 aún no está disponible en un espacio de trabajo PostgreSQL compartido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Database error while %1: %2</source>
        <translation>Error de base de datos al %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::TenantsModel</name>
    <message>
        <location filename="../src/gui/TenantsModel.cpp" line="+42"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app</source>
        <translation>aplicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT</source>
        <translation>TI</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no tenant id)</source>
        <translation>(sin id de inquilino)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A user provider&apos;s default tenant: its usernames are merged with the other default tenants&apos; (R6)</source>
        <translation>El inquilino predeterminado de un proveedor de usuarios: sus nombres de usuario se fusionan con los de los demás inquilinos predeterminados (R6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A multi-tenant application&apos;s tenant: its logins are its own, never merged by username with other tenants (R6, R12)</source>
        <translation>El inquilino de una aplicación multiinquilino: sus cuentas son solo suyas y nunca se fusionan por nombre de usuario con otros inquilinos (R6, R12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tenant of IT users (Service Center&apos;s): its records never count (R5)</source>
        <translation>El inquilino de los usuarios de TI (el de Service Center): sus registros nunca cuentan (R5)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runtimes</source>
        <translation>Entornos</translation>
    </message>
</context>
<context>
    <name>hc::TextDecoder</name>
    <message>
        <location filename="../src/import/TextDecoder.cpp" line="+213"/>
        <source>not valid UTF-8: the byte %1 here is no UTF-8 character, though the file starts with a UTF-8 byte order mark (a damaged file, or text of another encoding pasted in)</source>
        <translation>UTF-8 no válido: el byte %1 aquí no es un carácter UTF-8, aunque el archivo empieza con una marca de orden de bytes UTF-8 (un archivo dañado, o texto de otra codificación pegado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid UTF-8: the byte %1 here is no UTF-8 character, though the file holds UTF-8 text elsewhere (a damaged file, or text of another encoding pasted in)</source>
        <translation>UTF-8 no válido: el byte %1 aquí no es un carácter UTF-8, aunque el archivo contiene texto UTF-8 en otras partes (un archivo dañado, o texto de otra codificación pegado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid UTF-8: the byte %1 here is no UTF-8 character (a JSON export is UTF-8 or UTF-16)</source>
        <translation>UTF-8 no válido: el byte %1 aquí no es un carácter UTF-8 (una exportación JSON es UTF-8 o UTF-16)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not valid %1 text: the file has an odd number of bytes</source>
        <translation>texto %1 no válido: el archivo tiene un número impar de bytes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not valid %1 text: the lone surrogate %2 here is no character</source>
        <translation>texto %1 no válido: el sustituto aislado %2 aquí no es un carácter</translation>
    </message>
</context>
<context>
    <name>hc::Transaction</name>
    <message>
        <location filename="../src/storage/Transaction.cpp" line="+38"/>
        <source>Database error while starting a transaction: %1</source>
        <translation>Error de base de datos al iniciar una transacción: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The workspace is busy: another process kept it locked for 30 s. Nothing was changed; try again when it has finished.</source>
        <translation>El espacio de trabajo está ocupado: otro proceso lo mantuvo bloqueado durante 30 s. No se ha cambiado nada; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database error: the transaction is not open.</source>
        <translation>Error de base de datos: la transacción no está abierta.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+18"/>
        <location line="+20"/>
        <source>Database error while committing: %1</source>
        <translation>Error de base de datos al confirmar: %1</translation>
    </message>
</context>
<context>
    <name>hc::TrendChartWidget</name>
    <message>
        <source>Internal users</source>
        <translation type="vanished">Usuarios internos</translation>
    </message>
    <message>
        <source>External users</source>
        <translation type="vanished">Usuarios externos</translation>
    </message>
    <message>
        <source>Named users</source>
        <translation type="vanished">Usuarios nominales</translation>
    </message>
    <message>
        <location filename="../src/gui/TrendChartWidget.cpp" line="+46"/>
        <source>Internal capacity</source>
        <translation>Capacidad interna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External capacity</source>
        <translation>Capacidad externa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named capacity</source>
        <translation>Capacidad nominal</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Trend of unique users against capacity</source>
        <translation>Tendencia de los usuarios únicos frente a la capacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trend appears here once the counts have changed on a few days.</source>
        <translation>La tendencia aparece aquí cuando los recuentos hayan cambiado en unos cuantos días.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Dashed lines: the capacities.</source>
        <translation>Líneas discontinuas: las capacidades.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No count history yet.</source>
        <translation>Aún no hay historial de recuentos.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n snapshot(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n instantánea del %1 al %2.</numerusform>
            <numerusform>%n instantáneas del %1 al %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 now %2 of %3.</source>
        <translation>%1: ahora %2 de %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now %2, no capacity set.</source>
        <translation>%1: ahora %2, sin capacidad definida.</translation>
    </message>
</context>
<context>
    <name>hc::UsersCsvExport</name>
    <message>
        <location filename="../src/gui/UsersCsvExport.cpp" line="+25"/>
        <source>Writing %1 users…</source>
        <translation>Escribiendo %1 usuarios…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>users.csv</source>
        <translation>usuarios.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>selected-users.csv</source>
        <translation>usuarios-seleccionados.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Users to CSV</source>
        <translation>Exportar usuarios a CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Selected Users to CSV</source>
        <translation>Exportar los usuarios seleccionados a CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the CSV file…</source>
        <translation>Escribiendo el archivo CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV export progress</source>
        <translation>Progreso de la exportación CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The CSV file was not written: %1</source>
        <translation>El archivo CSV no se escribió: %1</translation>
    </message>
</context>
<context>
    <name>hc::UsersModel</name>
    <message>
        <location filename="../src/gui/UsersModel.cpp" line="+321"/>
        <source>Could not list the users: %1</source>
        <translation>No se pudieron listar los usuarios: %1</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Runtime</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last login</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deactivated in Headcount; still active on the platform: deactivate it there too.</source>
        <translation>Desactivado en Headcount; aún activo en la plataforma: desactívelo también allí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated in Headcount.</source>
        <translation>Desactivado en Headcount.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT flag set by an administrator in Headcount.</source>
        <translation>Marca de TI puesta por un administrador en Headcount.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split: kept apart from automatic matching (only links join it).</source>
        <translation>Separado: se mantiene aparte de la asociación automática (solo los vínculos lo unen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default tenant</source>
        <translation>Inquilino predeterminado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IT user</source>
        <translation>Usuario de TI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deactivated here</source>
        <translation>Desactivado aquí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IT user, deactivated here</source>
        <translation>Usuario de TI, desactivado aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, split</source>
        <translation>, separado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Externo</translation>
    </message>
</context>
<context>
    <name>hc::UsersView</name>
    <message>
        <location filename="../src/gui/UsersView.cpp" line="+93"/>
        <source>Search username, name, e-mail, phone or external id</source>
        <translation>Buscar usuario, nombre, correo, teléfono o id externo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters the table by username, name, e-mail, phone or external id (Ctrl+F)</source>
        <translation>Filtra la tabla por nombre de usuario, nombre, correo, teléfono o id externo (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Runtime</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Internos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Externos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Contados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT users</source>
        <translation>Usuarios de TI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anónimos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+206"/>
        <source>All tenants</source>
        <translation>Todos los inquilinos</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Show the users of one tenant only</source>
        <translation>Mostrar solo los usuarios de un inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+184"/>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Members of an imported group; select all to act on the whole group</source>
        <translation>Miembros de un grupo importado; selecciónelos todos para actuar sobre el grupo entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the users of one runtime only</source>
        <translation>Mostrar solo los usuarios de un entorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show internal or external users only</source>
        <translation>Mostrar solo usuarios internos o externos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show counted, IT, inactive or anonymous records only</source>
        <translation>Mostrar solo registros contados, de TI, inactivos o anónimos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User actions</source>
        <translation>Acciones de usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate the selected users: they stop counting (R5)</source>
        <translation>Desactivar los usuarios seleccionados: dejan de contar (R5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a deactivation made in Headcount</source>
        <translation>Deshacer una desactivación hecha en Headcount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;IT User</source>
        <translation>Marcar como usuario de &amp;TI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developers and administrators who do not use the apps do not count (R5)</source>
        <translation>Los desarrolladores y administradores que no usan las aplicaciones no cuentan (R5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear IT Flag</source>
        <translation>&amp;Quitar la marca de TI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected users use the apps: they count</source>
        <translation>Los usuarios seleccionados usan las aplicaciones: cuentan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two selected records are the same person (R6)</source>
        <translation>Los dos registros seleccionados son la misma persona (R6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+328"/>
        <source>&amp;Split</source>
        <translation>&amp;Separar</translation>
    </message>
    <message>
        <location line="-327"/>
        <location line="+329"/>
        <source>Keep the selected record apart from automatic matching (R6)</source>
        <translation>Mantener el registro seleccionado aparte de la asociación automática (R6)</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>&amp;Explain…</source>
        <translation>&amp;Explicar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which rules classified and counted the selected record</source>
        <translation>Qué reglas clasificaron y contaron el registro seleccionado</translation>
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
        <translation>E&amp;xportar a CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the users listed (with the search and filters) to a CSV file</source>
        <translation>Escribir los usuarios listados (con la búsqueda y los filtros) en un archivo CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Selection to CSV…</source>
        <translation>Exportar la se&amp;lección a CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected users to a CSV file</source>
        <translation>Escribir los usuarios seleccionados en un archivo CSV</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per user record; the tool bar acts on the selected rows</source>
        <translation>Una fila por registro de usuario; la barra de herramientas actúa sobre las filas seleccionadas</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>All runtimes</source>
        <translation>Todos los entornos</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Default tenant</source>
        <translation>Inquilino predeterminado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Kind %1 · %n record(s)</source>
        <translation>
            <numerusform>Tipo %1 · %n registro</numerusform>
            <numerusform>Tipo %1 · %n registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 users · reading…</source>
        <translation>%1 usuarios · leyendo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ users · counting…</source>
        <translation>%1+ usuarios · contando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user matches “%1”</source>
        <translation>Ningún usuario coincide con «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No users with these filters</source>
        <translation>Ningún usuario con estos filtros</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln usuario</numerusform>
            <numerusform>%Ln usuarios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · %1 selected</source>
        <translation> · selección: %1</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Select the users to export first.</source>
        <translation>Seleccione primero los usuarios que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="vanished">
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+135"/>
        <source>The list is still being read; try again in a moment.</source>
        <translation>La lista aún se está leyendo; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>A record without a username cannot be decided on: decisions are kept by username.</source>
        <translation>No se puede decidir sobre un registro sin nombre de usuario: las decisiones se guardan por nombre de usuario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select at most %L1 users for one decision.</source>
        <translation>Seleccione como máximo %L1 usuarios para una decisión.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Re&amp;join</source>
        <translation>&amp;Reunir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let automatic matching join the selected record again (R6)</source>
        <translation>Dejar que la asociación automática vuelva a unir el registro seleccionado (R6)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select exactly two records to link them.</source>
        <translation>Seleccione exactamente dos registros para vincularlos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select one record to split it.</source>
        <translation>Seleccione un registro para separarlo.</translation>
    </message>
</context>
<context>
    <name>hc::ValueParser</name>
    <message>
        <location filename="../src/import/ValueParser.cpp" line="+202"/>
        <source>%1 is not a boolean (true/false, 1/0, yes/no, y/n)</source>
        <translation>%1 no es un booleano (true/false, 1/0, yes/no, y/n)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a date (ISO 8601, e.g. 2025-06-30, 2025-06-30 14:05:00 or 2025-06-30T14:05:00Z)</source>
        <translation>%1 no es una fecha (ISO 8601, p. ej. 2025-06-30, 2025-06-30 14:05:00 o 2025-06-30T14:05:00Z)</translation>
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
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+30"/>
        <source>Could not read the changes made by another program: %1</source>
        <translation>No se pudieron leer los cambios hechos por otro programa: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connection to the shared workspace was lost (%1). Headcount tries again every few seconds; until then the figures shown may be out of date.</source>
        <translation>Se perdió la conexión con el espacio de trabajo compartido (%1). Headcount lo reintenta cada pocos segundos; hasta entonces las cifras mostradas pueden no estar al día.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+34"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="-168"/>
        <location line="+115"/>
        <location line="+57"/>
        <source>A change is still being applied; try again when it is done.</source>
        <translation>Aún se está aplicando un cambio; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="-33"/>
        <source>The selected users are deactivated already.</source>
        <translation>Los usuarios seleccionados ya están desactivados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+1"/>
        <source>Only users deactivated in Headcount can be activated here; the others are inactive on the platform itself.</source>
        <translation>Aquí solo se pueden activar los usuarios desactivados en Headcount; los demás están inactivos en la propia plataforma.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+6"/>
        <source>Deactivate %n user(s)</source>
        <translation>
            <numerusform>Desactivar %n usuario</numerusform>
            <numerusform>Desactivar %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+0"/>
        <source>Activate %n user(s)</source>
        <translation>
            <numerusform>Activar %n usuario</numerusform>
            <numerusform>Activar %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="-111"/>
        <source>The selected users are marked as IT users already.</source>
        <translation>Los usuarios seleccionados ya están marcados como usuarios de TI.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+1"/>
        <source>The IT flag of the selected users is cleared already.</source>
        <translation>La marca de TI de los usuarios seleccionados ya está quitada.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+4"/>
        <source>Mark %n user(s) as IT users</source>
        <translation>
            <numerusform>Marcar %n usuario como usuario de TI</numerusform>
            <numerusform>Marcar %n usuarios como usuarios de TI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+1"/>
        <source>Clear the IT flag of %n user(s)</source>
        <translation>
            <numerusform>Quitar la marca de TI de %n usuario</numerusform>
            <numerusform>Quitar la marca de TI de %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>These two records are linked already.</source>
        <translation>Estos dos registros ya están vinculados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link %1 and %2</source>
        <translation>Vincular %1 y %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is split already.</source>
        <translation>%1 ya está separado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not split.</source>
        <translation>%1 no está separado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Split %1</source>
        <translation>Separar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejoin %1</source>
        <translation>Reunir %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Cancelado.</translation>
    </message>
    <message>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+181"/>
        <source>Import %1 into %2</source>
        <translation>Importar %1 en %2</translation>
    </message>
</context>
</TS>

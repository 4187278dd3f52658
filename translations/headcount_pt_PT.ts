<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name></name>
    <message>
        <source>finding a user</source>
        <translation type="vanished">procurar um utilizador</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot; in that runtime.</source>
        <translation type="vanished">Não existe nenhum utilizador &quot;%1&quot; nesse ambiente.</translation>
    </message>
    <message>
        <source>recording a decision</source>
        <translation type="vanished">registar uma decisão</translation>
    </message>
    <message>
        <source>updating a record</source>
        <translation type="vanished">atualizar um registo</translation>
    </message>
    <message>
        <source>A link joins two records of one tenant; records of different tenants are joined by a shared e-mail address (R6).</source>
        <translation type="vanished">Uma ligação junta dois registos de um mesmo inquilino; os registos de inquilinos diferentes são juntos por um endereço de e-mail partilhado (R6).</translation>
    </message>
    <message>
        <source>linking records</source>
        <translation type="vanished">ligar registos</translation>
    </message>
    <message>
        <source>reading links</source>
        <translation type="vanished">ler as ligações</translation>
    </message>
    <message>
        <source>unlinking records</source>
        <translation type="vanished">desligar registos</translation>
    </message>
    <message>
        <source>reading owned domains</source>
        <translation type="vanished">ler os domínios próprios</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain (R1: at least two labels of a-z, 0-9 and -).</source>
        <translation type="vanished">&quot;%1&quot; não é um domínio válido (R1: pelo menos dois rótulos de a-z, 0-9 e -).</translation>
    </message>
    <message>
        <source>adding a domain</source>
        <translation type="vanished">adicionar um domínio</translation>
    </message>
    <message>
        <source>removing a domain</source>
        <translation type="vanished">remover um domínio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an owned domain of this infrastructure.</source>
        <translation type="vanished">&quot;%1&quot; não é um domínio próprio desta infraestrutura.</translation>
    </message>
    <message>
        <source>A group membership needs a group name and a username.</source>
        <translation type="vanished">Uma pertença a grupo precisa de um nome de grupo e de um nome de utilizador.</translation>
    </message>
    <message>
        <source>No runtime with id %1.</source>
        <translation type="vanished">Não existe nenhum ambiente de execução com o id %1.</translation>
    </message>
    <message>
        <source>reading the runtime&apos;s users</source>
        <translation type="vanished">ler os utilizadores do ambiente</translation>
    </message>
    <message>
        <source>replacing the groups</source>
        <translation type="vanished">substituir os grupos</translation>
    </message>
    <message>
        <source>importing the groups</source>
        <translation type="vanished">importar os grupos</translation>
    </message>
    <message>
        <source>listing groups</source>
        <translation type="vanished">listar os grupos</translation>
    </message>
    <message>
        <source>reading the runtime&apos;s records</source>
        <translation type="vanished">ler os registos do ambiente</translation>
    </message>
    <message>
        <source>This export would remove %1 of the runtime&apos;s %2 records (more than half), e.g. %3%4. Nothing was changed; confirm the import (--allow-shrink) if that is right.</source>
        <translation type="vanished">Esta exportação removeria %1 dos %2 registos do ambiente (mais de metade), p. ex. %3%4. Nada foi alterado; confirme a importação (--allow-shrink) se estiver correto.</translation>
    </message>
    <message>
        <source>reading the other runtimes</source>
        <translation type="vanished">ler os outros ambientes</translation>
    </message>
    <message>
        <source>replacing the runtime&apos;s records</source>
        <translation type="vanished">substituir os registos do ambiente</translation>
    </message>
    <message>
        <source>storing individuals</source>
        <translation type="vanished">guardar as pessoas</translation>
    </message>
    <message>
        <source>A runtime needs a name.</source>
        <translation type="vanished">Um ambiente de execução precisa de um nome.</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">O controlador da base de dados não fornece um identificador SQLite.</translation>
    </message>
    <message>
        <source>adding a runtime</source>
        <translation type="vanished">adicionar um ambiente de execução</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation type="vanished">registar a importação</translation>
    </message>
    <message>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation type="vanished">Importação cancelada: a área de trabalho ficou como estava.</translation>
    </message>
    <message>
        <source>reading infrastructures</source>
        <translation type="vanished">ler as infraestruturas</translation>
    </message>
    <message>
        <source>The workspace has no infrastructure.</source>
        <translation type="vanished">A área de trabalho não tem nenhuma infraestrutura.</translation>
    </message>
    <message>
        <source>The workspace has several infrastructures (%1): name one with --infra.</source>
        <translation type="vanished">A área de trabalho tem várias infraestruturas (%1): indique uma com --infra.</translation>
    </message>
    <message>
        <source>No infrastructure named &quot;%1&quot;.</source>
        <translation type="vanished">Não existe nenhuma infraestrutura chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No infrastructure with id %1.</source>
        <translation type="vanished">Não existe nenhuma infraestrutura com o id %1.</translation>
    </message>
    <message>
        <source>An infrastructure needs a name.</source>
        <translation type="vanished">Uma infraestrutura precisa de um nome.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform version (e.g. 11.20.1).</source>
        <translation type="vanished">&quot;%1&quot; não é uma versão da plataforma (p. ex. 11.20.1).</translation>
    </message>
    <message>
        <source>An infrastructure named &quot;%1&quot; already exists.</source>
        <translation type="vanished">Já existe uma infraestrutura chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>adding an infrastructure</source>
        <translation type="vanished">adicionar uma infraestrutura</translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation type="vanished">Uma capacidade não pode ser negativa.</translation>
    </message>
    <message>
        <source>setting capacities</source>
        <translation type="vanished">definir as capacidades</translation>
    </message>
    <message>
        <source>setting the platform version</source>
        <translation type="vanished">definir a versão da plataforma</translation>
    </message>
    <message>
        <source>setting the licence model</source>
        <translation type="vanished">definir o modelo de licença</translation>
    </message>
    <message>
        <source>renaming an infrastructure</source>
        <translation type="vanished">mudar o nome de uma infraestrutura</translation>
    </message>
    <message>
        <source>removing an infrastructure</source>
        <translation type="vanished">remover uma infraestrutura</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation type="vanished">ler um registo</translation>
    </message>
    <message>
        <source>%1/%2 (tenant &quot;%3&quot;):</source>
        <translation type="vanished">%1/%2 (inquilino &quot;%3&quot;):</translation>
    </message>
    <message>
        <source>R12: not counted by the platform&apos;s console either.</source>
        <translation type="vanished">R12: também não é contado pela consola da plataforma.</translation>
    </message>
    <message numerus="yes">
        <source>R6: individual #%1, %n counted record(s): %2.</source>
        <translation type="vanished">
            <numerusform>R6: pessoa n.º %1, %n registo contado: %2.</numerusform>
            <numerusform>R6: pessoa n.º %1, %n registos contados: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>R7: at least one of its counted records is internal: the individual counts as internal.</source>
        <translation type="vanished">R7: pelo menos um dos seus registos contados é interno: a pessoa conta como interna.</translation>
    </message>
    <message>
        <source>R7: none of its counted records is internal: the individual counts as external.</source>
        <translation type="vanished">R7: nenhum dos seus registos contados é interno: a pessoa conta como externa.</translation>
    </message>
    <message>
        <source>R9: the individual counts once against the named capacity.</source>
        <translation type="vanished">R9: a pessoa conta uma vez na capacidade nominal.</translation>
    </message>
    <message>
        <source>R12: platform %1 (before 11.11.3) counts each counted record as one user: this record is one user of %2&apos;s console.</source>
        <translation type="vanished">R12: a plataforma %1 (anterior a 11.11.3) conta cada registo contado como um utilizador: este registo é um utilizador da consola de %2.</translation>
    </message>
    <message>
        <source>R12: tenant &quot;%1&quot; is a multi-tenant app&apos;s tenant: the platform counts this record as a user of its own in %2&apos;s console.</source>
        <translation type="vanished">R12: o inquilino &quot;%1&quot; é o de uma aplicação multi-inquilino: a plataforma conta este registo como um utilizador próprio na consola de %2.</translation>
    </message>
    <message>
        <source>R12: could not read the platform user: %1</source>
        <translation type="vanished">R12: não foi possível ler o utilizador da plataforma: %1</translation>
    </message>
    <message>
        <source>R12: %1&apos;s console counts this record as one user.</source>
        <translation type="vanished">R12: a consola de %1 conta este registo como um utilizador.</translation>
    </message>
    <message numerus="yes">
        <source>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n record(s): %2.</source>
        <translation type="vanished">
            <numerusform>R12: a consola de %1 funde-o (mesmo e-mail ou mesmo utilizador nos inquilinos predefinidos) num utilizador com %n registo: %2.</numerusform>
            <numerusform>R12: a consola de %1 funde-o (mesmo e-mail ou mesmo utilizador nos inquilinos predefinidos) num utilizador com %n registos: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading records</source>
        <translation type="vanished">ler os registos</translation>
    </message>
    <message>
        <source>reading runtimes</source>
        <translation type="vanished">ler os ambientes de execução</translation>
    </message>
    <message>
        <source>No runtime named &quot;%1&quot;.</source>
        <translation type="vanished">Não existe nenhum ambiente de execução chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A runtime named &quot;%1&quot; already exists.</source>
        <translation type="vanished">Já existe um ambiente de execução chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A runtime named &quot;%1&quot; already exists in this infrastructure.</source>
        <translation type="vanished">Já existe um ambiente de execução chamado &quot;%1&quot; nesta infraestrutura.</translation>
    </message>
    <message>
        <source>renaming a runtime</source>
        <translation type="vanished">mudar o nome de um ambiente de execução</translation>
    </message>
    <message>
        <source>removing a runtime</source>
        <translation type="vanished">remover um ambiente de execução</translation>
    </message>
    <message>
        <source>reading a tenant&apos;s records</source>
        <translation type="vanished">ler os registos de um inquilino</translation>
    </message>
    <message>
        <source>reading tenant kinds</source>
        <translation type="vanished">ler os tipos de inquilino</translation>
    </message>
    <message>
        <source>The workspace is damaged: unknown tenant kind %1.</source>
        <translation type="vanished">A área de trabalho está danificada: tipo de inquilino desconhecido %1.</translation>
    </message>
    <message>
        <source>reading tenants</source>
        <translation type="vanished">ler os inquilinos</translation>
    </message>
    <message>
        <source>setting a tenant kind</source>
        <translation type="vanished">definir o tipo de um inquilino</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation type="vanished">listar os utilizadores</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Cancelado.</translation>
    </message>
    <message>
        <source>counting users</source>
        <translation type="vanished">contar os utilizadores</translation>
    </message>
    <message>
        <source>Database error while listing users: %1</source>
        <translation type="vanished">Erro na base de dados ao listar os utilizadores: %1</translation>
    </message>
</context>
<context>
    <name>AggregateKeys</name>
    <message>
        <location filename="../src/storage/AggregateKeys.cpp" line="+26"/>
        <location line="+80"/>
        <source>updating counts</source>
        <translation>atualizar as contagens</translation>
    </message>
    <message>
        <source>Rewriting the count keys</source>
        <translation type="vanished">A reescrita das chaves de contagem</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>reading counts</source>
        <translation>ler as contagens</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Internal error: the count of key &quot;%1&quot; would fall below zero.</source>
        <translation>Erro interno: a contagem da chave &quot;%1&quot; ficaria abaixo de zero.</translation>
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
        <translation type="vanished">Utilização: headcount-cli [--db FICHEIRO] COMANDO [ARGUMENTOS]

Mantém em conformidade a licença de utilizadores finais de uma plataforma low-code: conta os utilizadores
internos e externos únicos dos ambientes de execução de uma infraestrutura face às suas capacidades.

Comandos:
  init
  infra add NOME [--model internal-external|named] [--platform VERSÃO]
  infra set [--infra NOME] [--platform VERSÃO|unset] [--model internal-external|named]
  infra rename [--infra NOME] NOVO_NOME
  infra remove NOME --yes
  infra list [--json]
  tenant list [--infra NOME] [--json]
  tenant set [--infra NOME] --kind default|app|it [--dry-run [--json]] INQUILINO...
                                    (&apos;(default)&apos;: os registos sem inquilino)
  capacity set [--infra NOME] (--internal N --external N | --named N)
  runtime add [--infra NOME] NOME
  runtime rename [--infra NOME] NOME NOVO_NOME
  runtime remove [--infra NOME] NOME --yes
  runtime list [--infra NOME] [--json]
  domain add|remove [--infra NOME] [--dry-run [--json]] DOMÍNIO...
  domain list [--infra NOME] [--json]
  import [--infra NOME] --runtime NOME [--format csv|json] [--mode replace|merge] [--skip-bad-rows]
         [--allow-shrink] FICHEIRO  (uma substituição que remove mais de metade de um ambiente exige --allow-shrink)
  check                                  (verificação de integridade completa da área de trabalho)
  counts [--infra NOME] [--json]
  users [--infra NOME] [--runtime NOME] [--search TEXTO] [--class internal|external]
        [--status counted|it_user|inactive|anonymous] [--group NOME] [--json]
  explain [--infra NOME] --runtime NOME UTILIZADOR
  deactivate [--infra NOME] (--runtime NOME UTILIZADOR... | --not-logged-in-since DATA) [--dry-run]
  deactivate [--infra NOME] --group NOME [--runtime NOME] [--not-logged-in-since DATA] [--dry-run]
  activate [--infra NOME] --runtime NOME UTILIZADOR...      (anula uma desativação feita aqui)
  it-user [--infra NOME] --runtime NOME [--clear] UTILIZADOR... (marca ou desmarca utilizadores de TI)
  link [--infra NOME] --runtime NOME [--other-runtime NOME] UTILIZADOR OUTRO_UTILIZADOR
  split [--infra NOME] --runtime NOME [--undo] UTILIZADOR...  (mantém à parte da associação automática)
  groups import [--infra NOME] --runtime NOME [--format csv|json] [--skip-bad-rows] FICHEIRO
                                    (pertenças a grupos: colunas Group e Username, Tenant opcional)
  groups list [--infra NOME] [--json]
  report [--infra NOME | --all] [--pseudonymise] [--inactive-days N] --output FICHEIRO.pdf|FICHEIRO.html
                                    (o relatório de conformidade; --all: um resumo de todas as infraestruturas)
  fingerprint [--infra NOME]        (recalcula o SHA-256 impresso no relatório)

Opções:
  --db FICHEIRO a base de dados da área de trabalho (predefinição: $HEADCOUNT_DB, senão a da consola)
  --infra NOME  pode ser omitido enquanto a área de trabalho tiver uma só infraestrutura
  --help        mostra esta ajuda
  --version     mostra a versão

Estado de saída: 0 sucesso, 1 falha (uma linha &apos;error:&apos; no stderr), 2 erro de utilização.
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
        <translation>Utilização: headcount-cli [--db FICHEIRO] COMANDO [ARGUMENTOS]

Mantém em conformidade a licença de utilizadores finais de uma plataforma low-code: conta os utilizadores
internos e externos únicos dos ambientes de execução de uma infraestrutura face às suas capacidades.

Comandos:
  init
  infra add NOME [--model internal-external|named] [--platform VERSÃO]
  infra set [--infra NOME] [--platform VERSÃO|unset] [--model internal-external|named]
  infra rename [--infra NOME] NOVO_NOME
  infra remove NOME --yes
  infra list [--json]
  tenant list [--infra NOME] [--json]
  tenant set [--infra NOME] --kind default|app|it [--dry-run [--json]] INQUILINO...
                                    (&apos;(default)&apos;: os registos sem inquilino)
  capacity set [--infra NOME] (--internal N --external N | --named N)
  runtime add [--infra NOME] NOME
  runtime rename [--infra NOME] NOME NOVO_NOME
  runtime remove [--infra NOME] NOME --yes
  runtime list [--infra NOME] [--json]
  domain add|remove [--infra NOME] [--dry-run [--json]] DOMÍNIO...
  domain list [--infra NOME] [--json]
  import [--infra NOME] --runtime NOME [--format csv|json] [--mode replace|merge] [--skip-bad-rows]
         [--allow-shrink] FICHEIRO  (uma substituição que remove mais de metade de um ambiente exige --allow-shrink)
  check                                  (verificação de integridade completa da área de trabalho)
  counts [--infra NOME] [--json]
  users [--infra NOME] [--runtime NOME] [--search TEXTO] [--class internal|external]
        [--status counted|it_user|inactive|anonymous] [--group NOME] [--json]
  explain [--infra NOME] --runtime NOME UTILIZADOR
  deactivate [--infra NOME] (--runtime NOME UTILIZADOR... | --not-logged-in-since DATA) [--dry-run]
  deactivate [--infra NOME] --group NOME [--runtime NOME] [--not-logged-in-since DATA] [--dry-run]
  activate [--infra NOME] --runtime NOME UTILIZADOR...      (anula uma desativação feita aqui)
  it-user [--infra NOME] --runtime NOME [--clear] UTILIZADOR... (marca ou desmarca utilizadores de TI)
  link [--infra NOME] --runtime NOME [--other-runtime NOME] UTILIZADOR OUTRO_UTILIZADOR
  split [--infra NOME] --runtime NOME [--undo] UTILIZADOR...  (mantém à parte da associação automática)
  groups import [--infra NOME] --runtime NOME [--format csv|json] [--skip-bad-rows] FICHEIRO
                                    (pertenças a grupos: colunas Group e Username, Tenant opcional)
  groups list [--infra NOME] [--json]
  report [--infra NOME | --all] [--pseudonymise] [--inactive-days N] --output FICHEIRO.pdf|FICHEIRO.html
                                    (o relatório de conformidade; --all: um resumo de todas as infraestruturas)
  fingerprint [--infra NOME]        (recalcula o SHA-256 impresso no relatório)
  history [--infra NOME] [--json]   (instantâneos das contagens e previsão da capacidade)

Opções:
  --db FICHEIRO a base de dados da área de trabalho (predefinição: $HEADCOUNT_DB, senão a da consola)
  --infra NOME  pode ser omitido enquanto a área de trabalho tiver uma só infraestrutura
  --help        mostra esta ajuda
  --version     mostra a versão

Estado de saída: 0 sucesso, 1 falha (uma linha &apos;error:&apos; no stderr), 2 erro de utilização.
</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+11"/>
        <source>option &apos;--db&apos; needs a value</source>
        <translation>a opção &apos;--db&apos; precisa de um valor</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+6"/>
        <location line="+46"/>
        <source>option &apos;--db&apos; given more than once</source>
        <translation>opção &apos;--db&apos; indicada mais de uma vez</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opção desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given</source>
        <translation>nenhum comando indicado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown command &apos;%1 %2&apos; (use %3)</source>
        <translation>comando desconhecido &apos;%1 %2&apos; (use %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; needs a sub-command: %2</source>
        <translation>&apos;%1&apos; precisa de um subcomando: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is missing an argument</source>
        <translation>falta um argumento a &apos;%1&apos;</translation>
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
        <translation>não existe nenhuma área de trabalho em %1 (crie uma com &apos;headcount-cli init&apos;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password for %1: </source>
        <translation>Palavra-passe para %1: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>waiting for another process using the workspace…</source>
        <translation>a aguardar por outro processo que está a usar a área de trabalho…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="+26"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opção desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown option &apos;--%1&apos;</source>
        <translation>opção desconhecida &apos;--%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &apos;--%1&apos; given more than once</source>
        <translation>opção &apos;--%1&apos; indicada mais de uma vez</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation>a opção &apos;--%1&apos; precisa de um valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>a opção &apos;--%1&apos; não aceita valor</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../src/cli/Console.cpp" line="+59"/>
        <source>Try &apos;headcount-cli --help&apos;.</source>
        <translation>Experimente &apos;headcount-cli --help&apos;.</translation>
    </message>
</context>
<context>
    <name>CountsEngine</name>
    <message>
        <location filename="../src/storage/CountsEngine.cpp" line="+65"/>
        <location line="+7"/>
        <source>updating runtime counts</source>
        <translation>atualizar as contagens por ambiente</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+11"/>
        <source>reading links</source>
        <translation>ler as ligações</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation type="vanished">ler um registo</translation>
    </message>
    <message>
        <source>matching records</source>
        <translation type="vanished">associar os registos</translation>
    </message>
    <message>
        <source>Identity merging needs the SQLite driver.</source>
        <translation type="vanished">A fusão de identidades precisa do controlador do SQLite.</translation>
    </message>
    <message>
        <source>Identity merging</source>
        <translation type="vanished">A fusão de identidades</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>storing individuals</source>
        <translation>guardar as pessoas</translation>
    </message>
    <message>
        <source>reading counts</source>
        <translation type="vanished">ler as contagens</translation>
    </message>
    <message>
        <source>No infrastructure with id %1.</source>
        <translation type="vanished">Não existe nenhuma infraestrutura com o id %1.</translation>
    </message>
    <message>
        <source>reading domains</source>
        <translation type="vanished">ler os domínios</translation>
    </message>
    <message>
        <source>reading runtimes</source>
        <translation type="vanished">ler os ambientes de execução</translation>
    </message>
</context>
<context>
    <name>CountsHistory</name>
    <message>
        <location filename="../src/storage/CountsHistory.cpp" line="+77"/>
        <source>writing the count history</source>
        <translation>escrever o histórico de contagens</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>coalescing the count history</source>
        <translation>condensar o histórico de contagens</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <source>reading the count history</source>
        <translation>ler o histórico de contagens</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>a count snapshot has the time &apos;%1&apos; and the model &apos;%2&apos;</source>
        <translation>um instantâneo de contagens tem a hora &apos;%1&apos; e o modelo &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>CountsRebuild</name>
    <message>
        <location filename="../src/storage/CountsRebuild.cpp" line="+57"/>
        <location line="+21"/>
        <source>reading records</source>
        <translation>ler os registos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading links</source>
        <translation>ler as ligações</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>storing individuals</source>
        <translation>guardar as pessoas</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <location line="+8"/>
        <source>updating counts</source>
        <translation>atualizar as contagens</translation>
    </message>
    <message>
        <source>Recounting an infrastructure</source>
        <translation type="vanished">A recontagem de uma infraestrutura</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">O controlador da base de dados não fornece um identificador SQLite.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <source>reading runtimes</source>
        <translation>ler os ambientes de execução</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>reading infrastructures</source>
        <translation>ler as infraestruturas</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../src/storage/DatabaseUrl.cpp" line="+25"/>
        <source>%1: not a valid PostgreSQL URL: %2 (expected %3).</source>
        <translation>%1: não é um URL do PostgreSQL válido: %2 (esperado: %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No workspace given.</source>
        <translation>Nenhuma área de trabalho indicada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;//&quot; is missing after the scheme</source>
        <translation>falta &quot;//&quot; depois do esquema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; databases are not supported; give the path of a workspace file or a shared workspace as %3.</source>
        <translation>%1: bases de dados &quot;%2&quot; não são suportadas; indique o caminho de um ficheiro de área de trabalho ou uma área de trabalho partilhada no formato %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a URL fragment (&quot;#…&quot;) is not allowed</source>
        <translation>um fragmento de URL (&quot;#…&quot;) não é permitido</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>no database name</source>
        <translation>sem nome da base de dados</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+9"/>
        <source>no user name</source>
        <translation>sem nome de utilizador</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+49"/>
        <source>%1: the URL holds a password; passwords go in .pgpass or PGPASSFILE, never on the command line.</source>
        <translation>%1: o URL contém uma palavra-passe; as palavras-passe ficam no .pgpass ou no PGPASSFILE, nunca na linha de comandos.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>no host name</source>
        <translation>sem nome do anfitrião</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a host name or a host name and port</source>
        <translation>&quot;%1&quot; não é um nome de anfitrião nem um nome de anfitrião com porta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>a porta tem de ser um número de 1 a 65535</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the database name &quot;%1&quot; holds a &quot;/&quot;</source>
        <translation>o nome da base de dados &quot;%1&quot; contém uma &quot;/&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the option &quot;%1&quot; has no value</source>
        <translation>a opção &quot;%1&quot; não tem valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the option &quot;%1&quot; is given twice</source>
        <translation>a opção &quot;%1&quot; está indicada duas vezes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value of &quot;%1&quot; holds a &quot;;&quot;</source>
        <translation>o valor de &quot;%1&quot; contém um &quot;;&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sslmode must be one of %1</source>
        <translation>sslmode tem de ser um destes valores: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>connect_timeout must be a number of seconds</source>
        <translation>connect_timeout tem de ser um número de segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the option &quot;%2&quot; is not supported (supported: sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</source>
        <translation>%1: a opção &quot;%2&quot; não é suportada (suportadas: sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</translation>
    </message>
</context>
<context>
    <name>DeactivateCommand</name>
    <message>
        <location filename="../src/cli/DeactivateCommand.cpp" line="+24"/>
        <source>--group takes no user names (unexpected &apos;%1&apos;)</source>
        <translation>--group não aceita nomes de utilizador (&apos;%1&apos; inesperado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --runtime NAME USERNAME..., --not-logged-in-since DATE or --group NAME</source>
        <translation>indique --runtime NOME UTILIZADOR..., --not-logged-in-since DATA ou --group NOME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name the users to deactivate after --runtime NAME</source>
        <translation>indique os utilizadores a desativar depois de --runtime NOME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--not-logged-in-since takes no user names (unexpected &apos;%1&apos;)</source>
        <translation>--not-logged-in-since não aceita nomes de utilizador (&apos;%1&apos; inesperado)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; não é uma data (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no user &quot;%1&quot; in runtime &quot;%2&quot;</source>
        <translation>não existe nenhum utilizador &quot;%1&quot; no ambiente &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No records to deactivate.</source>
        <translation>Não há registos a desativar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runtime</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Último início de sessão</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Dry run: %n record(s) would be deactivated; nothing was changed.</source>
        <translation>
            <numerusform>Simulação: %n registo seria desativado; nada foi alterado.</numerusform>
            <numerusform>Simulação: %n registos seriam desativados; nada foi alterado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Deactivated %n record(s):</source>
        <translation>
            <numerusform>%n registo desativado:</numerusform>
            <numerusform>%n registos desativados:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unique individuals now: %1.</source>
        <translation>Pessoas únicas agora: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique individuals now: internal %1, external %2.</source>
        <translation>Pessoas únicas agora: %1 internas, %2 externas.</translation>
    </message>
</context>
<context>
    <name>DecisionCommands</name>
    <message>
        <location filename="../src/cli/DecisionCommands.cpp" line="+39"/>
        <source>&apos;%1&apos; needs --runtime NAME</source>
        <translation>&apos;%1&apos; precisa de --runtime NOME</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unique users now: %1 named.</source>
        <translation>Utilizadores únicos agora: %1 nominais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique users now: %1 internal, %2 external.</source>
        <translation>Utilizadores únicos agora: %1 internos, %2 externos.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Re-activated %n user(s) in Headcount (the export&apos;s own Is_Active applies again).</source>
        <translation>
            <numerusform>%n utilizador reativado no Headcount (volta a aplicar-se o Is_Active da exportação).</numerusform>
            <numerusform>%n utilizadores reativados no Headcount (volta a aplicar-se o Is_Active da exportação).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Cleared the IT-user flag of %n user(s).</source>
        <translation>
            <numerusform>Removida a marca de utilizador de TI de %n utilizador.</numerusform>
            <numerusform>Removida a marca de utilizador de TI de %n utilizadores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Marked %n user(s) as IT users (not counted).</source>
        <translation>
            <numerusform>%n utilizador marcado como utilizador de TI (não contado).</numerusform>
            <numerusform>%n utilizadores marcados como utilizadores de TI (não contados).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;link&apos; needs --runtime NAME USERNAME OTHER_USERNAME [--other-runtime NAME]</source>
        <translation>&apos;link&apos; precisa de --runtime NOME UTILIZADOR OUTRO_UTILIZADOR [--other-runtime NOME]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linked %1 and %2: one individual.</source>
        <translation>%1 e %2 ligados: uma só pessoa.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n user(s) match automatically again.</source>
        <translation>
            <numerusform>%n utilizador volta a ser associado automaticamente.</numerusform>
            <numerusform>%n utilizadores voltam a ser associados automaticamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Split %n user(s) from automatic matching (only links join them).</source>
        <translation>
            <numerusform>%n utilizador separado da associação automática (só as ligações o juntam).</numerusform>
            <numerusform>%n utilizadores separados da associação automática (só as ligações os juntam).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainList</name>
    <message>
        <location filename="../src/core/DomainList.cpp" line="+29"/>
        <source>an e-mail address, not a domain: give only the part after @ (%1)</source>
        <translation>um endereço de e-mail, não um domínio: indique só a parte depois de @ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an e-mail address, not a domain</source>
        <translation>um endereço de e-mail, não um domínio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains a space: separate domains with new lines, commas or semicolons</source>
        <translation>contém um espaço: separe os domínios com mudanças de linha, vírgulas ou pontos e vírgulas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a web address, not a domain: give only the host name (e.g. example.com)</source>
        <translation>um endereço web, não um domínio: indique só o nome do anfitrião (p. ex. example.com)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs at least two labels separated by a dot (e.g. example.com)</source>
        <translation>precisa de pelo menos duas etiquetas separadas por um ponto (p. ex. example.com)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an empty label (two dots in a row, or a dot at the start)</source>
        <translation>tem uma etiqueta vazia (dois pontos seguidos, ou um ponto no início)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>a etiqueta &quot;%1&quot; começa ou termina com um hífen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label &quot;%1…&quot; is longer than 63 characters</source>
        <translation>a etiqueta &quot;%1…&quot; tem mais de 63 caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains &quot;%1&quot;: only letters, digits and hyphens between dots</source>
        <translation>contém &quot;%1&quot;: só letras, algarismos e hífenes entre os pontos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a valid domain name (R1: letters, digits and hyphens between dots)</source>
        <translation>não é um nome de domínio válido (R1: letras, algarismos e hífenes entre os pontos)</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <location filename="../src/core/History.cpp" line="+124"/>
        <source>Internal users</source>
        <translation>Utilizadores internos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External users</source>
        <translation>Utilizadores externos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named users</source>
        <translation>Utilizadores nominais</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: no capacity set, nothing to forecast.</source>
        <translation>%1: sem capacidade definida, nada a prever.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not enough history for a forecast yet (counts of at least two days are needed).</source>
        <translation>%1: ainda não há histórico suficiente para uma previsão (são precisas contagens de pelo menos dois dias).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>fitted over %n day(s) with counts in the last %1 days; %2 a day</source>
        <translation>
            <numerusform>ajustada sobre %n dia com contagens nos últimos %1 dias; %2 por dia</numerusform>
            <numerusform>ajustada sobre %n dias com contagens nos últimos %1 dias; %2 por dia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no trend yet</source>
        <translation>ainda sem tendência</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>do not reach 80 % of the capacity within %n day(s)</source>
        <translation>
            <numerusform>não atingem 80 % da capacidade em %n dia</numerusform>
            <numerusform>não atingem 80 % da capacidade em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at 80 % of the capacity already</source>
        <translation>já a 80 % da capacidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reach 80 % of the capacity on %1</source>
        <translation>atingem 80 % da capacidade a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at or over 100 % already</source>
        <translation>já a 100 % ou acima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 % on %1</source>
        <translation>100 % a %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>not 100 % within %n day(s)</source>
        <translation>
            <numerusform>não 100 % em %n dia</numerusform>
            <numerusform>não 100 % em %n dias</numerusform>
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
        <translation>groups import precisa de --runtime NOME</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format &apos;%1&apos; (use csv or json)</source>
        <translation>formato desconhecido &apos;%1&apos; (use csv ou json)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Imported groups from %1 into runtime %2 of %3: %n group(s)</source>
        <translation>
            <numerusform>Grupos importados de %1 para o ambiente %2 de %3: %n grupo</numerusform>
            <numerusform>Grupos importados de %1 para o ambiente %2 de %3: %n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n membership(s) (replacing %1).</source>
        <translation>
            <numerusform>, %n pertença (substitui %1).</numerusform>
            <numerusform>, %n pertenças (substituem %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %n repeated line(s) ignored</source>
        <translation>
            <numerusform>  %n linha repetida ignorada</numerusform>
            <numerusform>  %n linhas repetidas ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %n bad row(s) skipped</source>
        <translation>
            <numerusform>  %n linha com erros ignorada</numerusform>
            <numerusform>  %n linhas com erros ignoradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  unknown columns ignored: %1</source>
        <translation>  colunas desconhecidas ignoradas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>  %n member(s) match no user of the runtime: %1</source>
        <translation>
            <numerusform>  %n membro não corresponde a nenhum utilizador do ambiente: %1</numerusform>
            <numerusform>  %n membros não correspondem a nenhum utilizador do ambiente: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No groups (import them with &apos;headcount-cli groups import --runtime NAME FILE&apos;).</source>
        <translation>Não há grupos (importe-os com &apos;headcount-cli groups import --runtime NOME FICHEIRO&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runtimes</source>
        <translation>Ambientes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no group named &quot;%1&quot; (see &apos;headcount-cli groups list&apos;)</source>
        <translation>não existe nenhum grupo chamado &quot;%1&quot; (ver &apos;headcount-cli groups list&apos;)</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../src/cli/HistoryCommand.cpp" line="+28"/>
        <location line="+2"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Named</source>
        <translation>Nominais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capacidade</translation>
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
            <numerusform>%n instantâneo guardado; é mostrado o último de cada dia.</numerusform>
            <numerusform>%n instantâneos guardados; é mostrado o último de cada dia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="+17"/>
        <source>import needs --runtime NAME</source>
        <translation>import precisa de --runtime NOME</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown format &apos;%1&apos; (use csv or json)</source>
        <translation>formato desconhecido &apos;%1&apos; (use csv ou json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown import mode &apos;%1&apos; (use replace or merge)</source>
        <translation>modo de importação desconhecido &apos;%1&apos; (use replace ou merge)</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n more short row(s) not listed</source>
        <translation>
            <numerusform>mais %n linha curta não listada</numerusform>
            <numerusform>mais %n linhas curtas não listadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 (%2 records) into runtime %3 of %4 (%5).</source>
        <translation>%1 (%2 registos) importado para o ambiente %3 de %4 (%5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge</source>
        <translation>combinar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replace</source>
        <translation>substituir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  added %1, changed %2, removed %3, unchanged %4, skipped %5</source>
        <translation>  adicionados %1, alterados %2, removidos %3, inalterados %4, ignorados %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  read as JSON, %1</source>
        <translation>  lido como JSON, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  read as CSV, %1, delimiter %2</source>
        <translation>  lido como CSV, %1, delimitador %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  unknown columns ignored: %1</source>
        <translation>  colunas desconhecidas ignoradas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Password column dropped, never stored</source>
        <translation>  coluna Password descartada, nunca guardada</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source> and %n more</source>
        <translation>
            <numerusform> e mais %n</numerusform>
            <numerusform> e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  removed: </source>
        <translation>  removidos: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  deactivated here but still active on the platform: </source>
        <translation>  desativados aqui mas ainda ativos na plataforma: </translation>
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
        <translation>&amp;Ficheiro</translation>
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
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main Toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir área de trabalho…</translation>
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
        <translation>Abrir um ficheiro de área de trabalho</translation>
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
        <translation>Importar a exportação de utilizadores de um ambiente de execução (CSV ou JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a runtime&apos;s user export</source>
        <translation>Importar a exportação de utilizadores de um ambiente de execução</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit Headcount</source>
        <translation>Sair do Headcount</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the counts again (changes made by headcount-cli or other users)</source>
        <translation>Voltar a ler as contagens (alterações feitas pelo headcount-cli ou por outros utilizadores)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the counts again</source>
        <translation>Voltar a ler as contagens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last change</source>
        <translation>Anular a última alteração</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the undone change again</source>
        <translation>Voltar a fazer a alteração anulada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Headcount</source>
        <translation>&amp;Acerca do Headcount</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Acerca do &amp;Qt</translation>
    </message>
</context>
<context>
    <name>QueryCommands</name>
    <message>
        <location filename="../src/cli/QueryCommands.cpp" line="+26"/>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Infrastructure %1 (%2, platform %3)</source>
        <translation>Infraestrutura %1 (%2, plataforma %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>11.11.3 or later</source>
        <translation>11.11.3 ou posterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Utilizado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licensed</source>
        <translation>Licenciado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unique individuals: %1</source>
        <translation>Pessoas únicas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+182"/>
        <source>Runtime</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+29"/>
        <source>Records</source>
        <translation>Registos</translation>
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
        <translation>Não há ambientes de execução.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(sum)</source>
        <translation>(soma)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excluded</source>
        <translation>Excluídos</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+3"/>
        <location line="+19"/>
        <source>cannot write the list to standard output: %1</source>
        <translation>não é possível escrever a lista na saída padrão: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1; and standard output could not be cut back: %2</source>
        <translation>%1; e a saída padrão não pôde ser truncada: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create a temporary file for the list: %1</source>
        <translation>não é possível criar um ficheiro temporário para a lista: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>cannot write the list: %1</source>
        <translation>não é possível escrever a lista: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the list back: %1</source>
        <translation>não é possível voltar a ler a lista: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown class &apos;%1&apos; (use internal or external)</source>
        <translation>classe desconhecida &apos;%1&apos; (use internal ou external)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown status &apos;%1&apos; (use counted, it_user, inactive or anonymous)</source>
        <translation>estado desconhecido &apos;%1&apos; (use counted, it_user, inactive ou anonymous)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--output needs a file name</source>
        <translation>--output precisa de um nome de ficheiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output writes CSV; it cannot be combined with --json</source>
        <translation>--output escreve CSV; não pode ser combinado com --json</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>wrote %1 (%n record(s))</source>
        <translation>
            <numerusform>%1 escrito (%n registo)</numerusform>
            <numerusform>%1 escrito (%n registos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No records match.</source>
        <translation>Nenhum registo corresponde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Último início de sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Individual</source>
        <translation>Pessoa</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registo</numerusform>
            <numerusform>%n registos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Workspace %1: integrity check passed.</source>
        <translation>Área de trabalho %1: verificação de integridade aprovada.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>the workspace is damaged: %n problem(s) found; restore a backup</source>
        <translation>
            <numerusform>a área de trabalho está danificada: %n problema encontrado; reponha uma cópia de segurança</numerusform>
            <numerusform>a área de trabalho está danificada: %n problemas encontrados; reponha uma cópia de segurança</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>explain needs --runtime NAME</source>
        <translation>explain precisa de --runtime NOME</translation>
    </message>
</context>
<context>
    <name>ReclaimList</name>
    <message>
        <location filename="../src/report/ReclaimList.cpp" line="+46"/>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível escrever %1: %2</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <location filename="../src/core/Reconciliation.cpp" line="+22"/>
        <source>The platform&apos;s consoles add up to the unique count (%1).</source>
        <translation>As consolas da plataforma somam a contagem única (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s consoles add up to %1, fewer than the %2 unique individuals: records split here are counted apart, which the platform does not know.</source>
        <translation>As consolas da plataforma somam %1, menos do que as %2 pessoas únicas: os registos separados aqui são contados à parte, o que a plataforma não sabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s consoles add up to %1, %2 more than the %3 unique individuals the licence is measured against: each console counts only its own runtime, so a person with accounts on several runtimes counts once per runtime, and an account in a multi-tenant app&apos;s tenant counts once per tenant.</source>
        <translation>As consolas da plataforma somam %1, mais %2 do que as %3 pessoas únicas pelas quais a licença é medida: cada consola conta apenas o seu próprio ambiente, pelo que uma pessoa com contas em vários ambientes conta uma vez por ambiente, e uma conta no inquilino de uma aplicação multi-inquilino conta uma vez por inquilino.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Platform %1 (before 11.11.3) also counts a person&apos;s accounts in several user providers separately.</source>
        <translation>A plataforma %1 (anterior a 11.11.3) conta ainda separadamente as contas de uma pessoa em vários fornecedores de utilizadores.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unchanged</source>
        <translation>inalterado</translation>
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
        <translation>Não foi possível guardar os registos para anular em %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The records kept for undo are gone (%1): %2</source>
        <translation>Os registos guardados para anular desapareceram (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>The records kept for undo are damaged (%1).</source>
        <translation>Os registos guardados para anular estão danificados (%1).</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../src/cli/ReportCommands.cpp" line="+33"/>
        <source>&apos;report&apos; needs --output FILE.pdf or FILE.html</source>
        <translation>&apos;report&apos; precisa de --output FICHEIRO.pdf ou FICHEIRO.html</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--output must name a .pdf or .html file: &apos;%1&apos;</source>
        <translation>--output tem de indicar um ficheiro .pdf ou .html: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either --infra or --all, not both</source>
        <translation>indique --infra ou --all, não ambos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--inactive-days needs a number of days from 1 to 36500</source>
        <translation>--inactive-days precisa de um número de dias entre 1 e 36500</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 escrito (%n página)</numerusform>
            <numerusform>%1 escrito (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote %1</source>
        <translation>%1 escrito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fingerprint %1: %2</source>
        <translation>impressão digital %1: %2</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../src/core/Rules.cpp" line="+168"/>
        <source>R1/R2: e-mail is %1 (from the Email field &quot;%2&quot;).</source>
        <translation>R1/R2: o e-mail é %1 (do campo Email &quot;%2&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R1/R2: the Email field &quot;%1&quot; is not a valid address; the Username &quot;%2&quot; is, so the e-mail is %3.</source>
        <translation>R1/R2: o campo Email &quot;%1&quot; não é um endereço válido; o Username &quot;%2&quot; é, por isso o e-mail é %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R1/R2: neither Email (&quot;%1&quot;) nor Username (&quot;%2&quot;) is a valid address: no valid e-mail.</source>
        <translation>R1/R2: nem Email (&quot;%1&quot;) nem Username (&quot;%2&quot;) é um endereço válido: sem e-mail válido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R5.1: its tenant &quot;%1&quot; is the IT users&apos; tenant (kind it): not counted (it_user).</source>
        <translation>R5.1: o seu inquilino &quot;%1&quot; é o dos utilizadores de TI (tipo it): não contado (it_user).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.1: marked as IT user by the administrator: not counted (it_user).</source>
        <translation>R5.1: marcado como utilizador de TI pelo administrador: não contado (it_user).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R5.1: the export flags an IT user: not counted (it_user).</source>
        <translation>R5.1: a exportação assinala um utilizador de TI: não contado (it_user).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.2: deactivated in Headcount: not counted (inactive).</source>
        <translation>R5.2: desativado no Headcount: não contado (inactive).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R5.2: inactive in the export: not counted (inactive).</source>
        <translation>R5.2: inativo na exportação: não contado (inactive).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.3: never logged in and shares no personal data: not counted (anonymous).</source>
        <translation>R5.3: nunca iniciou sessão e não partilha dados pessoais: não contado (anonymous).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R5.1: the export flags an IT user, but the administrator cleared the flag.</source>
        <translation>R5.1: a exportação assinala um utilizador de TI, mas o administrador removeu a marca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5.2: inactive in the export, but re-activated in Headcount.</source>
        <translation>R5.2: inativo na exportação, mas reativado no Headcount.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R5: not an IT user, active, and %1: counted.</source>
        <translation>R5: não é utilizador de TI, está ativo e %1: contado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shares personal data</source>
        <translation>partilha dados pessoais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last logged in %1</source>
        <translation>último início de sessão a %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R9: named-user model: no internal/external classification.</source>
        <translation>R9: modelo de utilizadores nominais: sem classificação interno/externo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R4: the infrastructure has no owned domains: internal.</source>
        <translation>R4: a infraestrutura não tem domínios próprios: interno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R4: no valid e-mail: internal.</source>
        <translation>R4: sem e-mail válido: interno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R3/R4: domain %1 is an owned domain: internal.</source>
        <translation>R3/R4: o domínio %1 é um domínio próprio: interno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R3/R4: domain %1 is not an owned domain (matching is exact; subdomains are listed on their own): external.</source>
        <translation>R3/R4: o domínio %1 não é um domínio próprio (a comparação é exata; os subdomínios são listados à parte): externo.</translation>
    </message>
</context>
<context>
    <name>RuntimeImport</name>
    <message>
        <location filename="../src/storage/ImportRun.cpp" line="+79"/>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation>Importação cancelada: a área de trabalho ficou como estava.</translation>
    </message>
    <message>
        <source>reading decisions</source>
        <translation type="vanished">ler as decisões</translation>
    </message>
    <message>
        <source>Database error while reading the runtime&apos;s records: %1</source>
        <translation type="vanished">Erro na base de dados ao ler os registos do ambiente: %1</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportRunMerge.cpp" line="+51"/>
        <location filename="../src/storage/PreviousRecords.cpp" line="+51"/>
        <location line="+15"/>
        <location line="+44"/>
        <source>reading the runtime&apos;s records</source>
        <translation>ler os registos do ambiente</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportRun.cpp" line="+151"/>
        <source>This export would remove %1 of the runtime&apos;s %2 records (more than half), e.g. %3%4. Nothing was changed; confirm the import (--allow-shrink) if that is right.</source>
        <translation>Esta exportação removeria %1 dos %2 registos do ambiente (mais de metade), p. ex. %3%4. Nada foi alterado; confirme a importação (--allow-shrink) se estiver correto.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading the infrastructure</source>
        <translation>ler a infraestrutura</translation>
    </message>
    <message>
        <source>Database error while reading the other runtimes: %1</source>
        <translation type="vanished">Erro na base de dados ao ler os outros ambientes: %1</translation>
    </message>
    <message>
        <source>reading the other runtimes</source>
        <translation type="vanished">ler os outros ambientes</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+6"/>
        <source>reading links</source>
        <translation>ler as ligações</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportRunWrite.cpp" line="+35"/>
        <source>replacing the runtime&apos;s records</source>
        <translation>substituir os registos do ambiente</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>storing the infrastructure&apos;s serials</source>
        <translation>guardar os números de série da infraestrutura</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>storing individuals</source>
        <translation>guardar as pessoas</translation>
    </message>
    <message>
        <location filename="../src/storage/RowSpool.cpp" line="+28"/>
        <source>Cannot create the import&apos;s temporary file %1: %2</source>
        <translation>Não é possível criar o ficheiro temporário da importação %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the import&apos;s temporary file %1: %2</source>
        <translation>Não é possível escrever o ficheiro temporário da importação %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the import&apos;s temporary file %1: %2</source>
        <translation>Não é possível ler o ficheiro temporário da importação %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the import&apos;s temporary file: the folder for temporary files (TMPDIR) %1 does not exist.</source>
        <translation>Não é possível criar o ficheiro temporário da importação: a pasta de ficheiros temporários (TMPDIR) %1 não existe.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The import&apos;s temporary file was read before it was written.</source>
        <translation>O ficheiro temporário da importação foi lido antes de ser escrito.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import&apos;s temporary file %1 ends early: it was changed or cut short while the import ran.</source>
        <translation>O ficheiro temporário da importação %1 termina antes do esperado: foi alterado ou truncado durante a importação.</translation>
    </message>
    <message>
        <location filename="../src/storage/PreviousRecords.cpp" line="+7"/>
        <location line="+16"/>
        <source>The runtime&apos;s records changed while they were imported.</source>
        <translation>Os registos do ambiente de execução mudaram enquanto eram importados.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../src/storage/Schema.cpp" line="+201"/>
        <location line="+5"/>
        <location line="+15"/>
        <source>Database error: %1</source>
        <translation>Erro na base de dados: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a Headcount workspace, or a damaged one: %1</source>
        <translation>Não é uma área de trabalho do Headcount, ou está danificada: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>The workspace is damaged: %1</source>
        <translation>A área de trabalho está danificada: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Not a Headcount workspace (it holds other tables).</source>
        <translation>Não é uma área de trabalho do Headcount (contém outras tabelas).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not a Headcount workspace, or a damaged one (no schema version).</source>
        <translation>Não é uma área de trabalho do Headcount, ou está danificada (sem versão de esquema).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workspace was written by a newer Headcount (schema version %1; this version reads up to %2). It was not modified.</source>
        <translation>Esta área de trabalho foi escrita por um Headcount mais recente (versão de esquema %1; esta versão lê até à %2). Não foi modificada.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot upgrade this workspace: it needs the SQLite driver.</source>
        <translation>Não é possível atualizar este espaço de trabalho: precisa do controlador do SQLite.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write the schema: %1</source>
        <translation>Não é possível escrever o esquema: %1</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <location filename="../src/gui/Screenshot.cpp" line="+16"/>
        <source>the window could not be captured</source>
        <translation>não foi possível capturar a janela</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>não é possível escrever %1: %2</translation>
    </message>
</context>
<context>
    <name>SqliteBulkInserter</name>
    <message>
        <location filename="../src/storage/PostgresCopyWriter.cpp" line="+39"/>
        <location filename="../src/storage/SqliteBulkInserter.cpp" line="+83"/>
        <source>writing</source>
        <translation>escrever</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>libpq&apos;s COPY functions are not available</source>
        <translation>As funções COPY da libpq não estão disponíveis</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a row has %1 values for %2 columns</source>
        <translation>uma linha tem %1 valores para %2 colunas</translation>
    </message>
    <message>
        <location filename="../src/storage/SqliteBulkInserter.cpp" line="+7"/>
        <location line="+14"/>
        <source>Database error while preparing a bulk insert: %1</source>
        <translation>Erro na base de dados ao preparar uma inserção em massa: %1</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <location filename="../src/gui/StartupOptions.cpp" line="+16"/>
        <source>Headcount: end-user licence compliance console.</source>
        <translation>Headcount: consola de conformidade da licença de utilizadores finais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the workspace FILE (default: $HEADCOUNT_DB, else the last one used).</source>
        <translation>Abrir a área de trabalho FICHEIRO (predefinição: $HEADCOUNT_DB, senão a última utilizada).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save an image of the main window to FILE (PNG) and quit.</source>
        <translation>Guardar uma imagem da janela principal em FICHEIRO (PNG) e sair.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the VIEW tab first: dashboard, users, domains, runtimes or reclaim.</source>
        <translation>Mostrar primeiro o separador VISTA: dashboard, users, domains, runtimes ou reclaim.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--view takes dashboard, users, domains, runtimes or reclaim, not &apos;%1&apos;</source>
        <translation>--view aceita dashboard, users, domains, runtimes ou reclaim, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show the VIEW tab first: dashboard, users, domains or runtimes.</source>
        <translation type="vanished">Mostrar primeiro o separador VISTA: dashboard, users, domains ou runtimes.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Colours: system, light or dark (default: as chosen in Settings).</source>
        <translation>Cores: system, light ou dark (predefinição: o escolhido nas Definições).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace file to open (same as --db).</source>
        <translation>O ficheiro de área de trabalho a abrir (o mesmo que --db).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--theme takes system, light or dark, not &apos;%1&apos;</source>
        <translation>--theme aceita system, light ou dark, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--view takes dashboard, users, domains or runtimes, not &apos;%1&apos;</source>
        <translation type="vanished">--view aceita dashboard, users, domains ou runtimes, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show the VIEW tab first: dashboard or users.</source>
        <translation type="vanished">Mostrar primeiro o separador VISTA: dashboard ou users.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>unexpected argument: %1</source>
        <translation>argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--view takes dashboard or users, not &apos;%1&apos;</source>
        <translation type="vanished">--view aceita dashboard ou users, não &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot precisa de um nome de ficheiro</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="+55"/>
        <source>Try &apos;headcount --help&apos;.</source>
        <translation>Experimente &apos;headcount --help&apos;.</translation>
    </message>
</context>
<context>
    <name>UserCsv</name>
    <message>
        <location filename="../src/report/UserCsv.cpp" line="+30"/>
        <location line="+11"/>
        <source>Could not write the CSV file: %1</source>
        <translation>Não foi possível escrever o ficheiro CSV: %1</translation>
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
        <translation>Não foi possível escrever %1: %2</translation>
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
        <translation>nominais</translation>
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
        <translation>Não existe nenhum ambiente de execução com o id %1.</translation>
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
        <translation>o ficheiro tem %1 bytes, a base de dados indica %2 páginas de %3</translation>
    </message>
    <message>
        <source>The integrity check</source>
        <translation type="vanished">A verificação de integridade</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+10"/>
        <location line="+14"/>
        <location line="+16"/>
        <source>checking the workspace</source>
        <translation>verificar a área de trabalho</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>a linha %1 da tabela %2 remete para uma linha inexistente de %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the key set of runtime %1 holds %2 keys, its records %3: re-import the runtime</source>
        <translation>o conjunto de chaves do ambiente de execução %1 tem %2 chaves, os seus registos %3: importe novamente o ambiente de execução</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reaching the server</source>
        <translation>contactar o servidor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workspace is not open.</source>
        <translation>A área de trabalho não está aberta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>checking for changes</source>
        <translation>procurar alterações</translation>
    </message>
    <message>
        <source>No workspace file given.</source>
        <translation type="vanished">Nenhum ficheiro de área de trabalho indicado.</translation>
    </message>
    <message>
        <source>%1: shared PostgreSQL workspaces are not supported by this version of Headcount; give the path of a workspace file.</source>
        <translation type="vanished">%1: esta versão do Headcount não suporta áreas de trabalho PostgreSQL partilhadas; indique o caminho de um ficheiro de área de trabalho.</translation>
    </message>
    <message>
        <source>%1: not a workspace file path (only files are supported).</source>
        <translation type="vanished">%1: não é o caminho de um ficheiro de área de trabalho (só são suportados ficheiros).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: not a file.</source>
        <translation>%1: não é um ficheiro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: não é possível ler: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a Headcount workspace (not an SQLite database).</source>
        <translation>%1: não é uma área de trabalho do Headcount (não é uma base de dados SQLite).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot make the file private to its owner.</source>
        <translation>%1: não é possível tornar o ficheiro privado para o seu proprietário.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot create the folder %2.</source>
        <translation>%1: não é possível criar a pasta %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot create: %2</source>
        <translation>%1: não é possível criar: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: não é possível abrir: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the database driver gives no SQLite handle.</source>
        <translation>%1: o controlador da base de dados não fornece um identificador SQLite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not a Headcount workspace, or a damaged one: %2</source>
        <translation>%1: não é uma área de trabalho do Headcount, ou está danificada: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="+59"/>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+3"/>
        <source>reading infrastructures</source>
        <translation>ler as infraestruturas</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The workspace has no infrastructure.</source>
        <translation>A área de trabalho não tem nenhuma infraestrutura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace has several infrastructures (%1): name one with --infra.</source>
        <translation>A área de trabalho tem várias infraestruturas (%1): indique uma com --infra.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No infrastructure named &quot;%1&quot;.</source>
        <translation>Não existe nenhuma infraestrutura chamada &quot;%1&quot;.</translation>
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
        <translation>ler as contagens</translation>
    </message>
    <message>
        <location line="-105"/>
        <location filename="../src/storage/InfrastructureStore.cpp" line="+16"/>
        <location line="+51"/>
        <location line="+85"/>
        <location filename="../src/storage/TenantStore.cpp" line="+100"/>
        <source>No infrastructure with id %1.</source>
        <translation>Não existe nenhuma infraestrutura com o id %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading domains</source>
        <translation>ler os domínios</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="-125"/>
        <location line="+79"/>
        <source>An infrastructure needs a name.</source>
        <translation>Uma infraestrutura precisa de um nome.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+57"/>
        <source>&quot;%1&quot; is not a platform version (e.g. 11.20.1).</source>
        <translation>&quot;%1&quot; não é uma versão da plataforma (p. ex. 11.20.1).</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+80"/>
        <source>An infrastructure named &quot;%1&quot; already exists.</source>
        <translation>Já existe uma infraestrutura chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>adding an infrastructure</source>
        <translation>adicionar uma infraestrutura</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A capacity cannot be negative.</source>
        <translation>Uma capacidade não pode ser negativa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>setting capacities</source>
        <translation>definir as capacidades</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Infrastructure &quot;%1&quot; was renamed or removed meanwhile; nothing changed.</source>
        <translation>A infraestrutura &quot;%1&quot; foi renomeada ou removida entretanto; nada foi alterado.</translation>
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
        <translation>ler os ambientes de execução</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="+13"/>
        <source>No runtime named &quot;%1&quot;.</source>
        <translation>Não existe nenhum ambiente de execução chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Runtime &quot;%1&quot; was renamed or removed meanwhile; nothing changed.</source>
        <translation>O ambiente de execução &quot;%1&quot; foi renomeado ou removido entretanto; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportService.cpp" line="+58"/>
        <location filename="../src/storage/RuntimeStore.cpp" line="-49"/>
        <location line="+19"/>
        <source>A runtime needs a name.</source>
        <translation>Um ambiente de execução precisa de um nome.</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="-17"/>
        <source>A runtime named &quot;%1&quot; already exists.</source>
        <translation>Já existe um ambiente de execução chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportService.cpp" line="+26"/>
        <location filename="../src/storage/RuntimeStore.cpp" line="+5"/>
        <source>adding a runtime</source>
        <translation>adicionar um ambiente de execução</translation>
    </message>
    <message>
        <location filename="../src/storage/DomainStore.cpp" line="+40"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>reading owned domains</source>
        <translation>ler os domínios próprios</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid domain (R1: at least two labels of a-z, 0-9 and -).</source>
        <translation>&quot;%1&quot; não é um domínio válido (R1: pelo menos dois rótulos de a-z, 0-9 e -).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>adding a domain</source>
        <translation>adicionar um domínio</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>removing a domain</source>
        <translation>remover um domínio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an owned domain of this infrastructure.</source>
        <translation>&quot;%1&quot; não é um domínio próprio desta infraestrutura.</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">O controlador da base de dados não fornece um identificador SQLite.</translation>
    </message>
    <message>
        <source>Importing users</source>
        <translation type="vanished">A importação de utilizadores</translation>
    </message>
    <message>
        <location filename="../src/storage/ImportService.cpp" line="+9"/>
        <source>recording the import</source>
        <translation>registar a importação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation>Importação cancelada: a área de trabalho ficou como estava.</translation>
    </message>
    <message>
        <location filename="../src/storage/RecordMapper.cpp" line="+64"/>
        <location line="+6"/>
        <source>reading decisions</source>
        <translation>ler as decisões</translation>
    </message>
    <message>
        <location filename="../src/storage/RecountReader.cpp" line="+85"/>
        <location line="+12"/>
        <source>reading records</source>
        <translation>ler os registos</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionStore.cpp" line="+270"/>
        <location filename="../src/storage/NeighbourSearch.cpp" line="-133"/>
        <location filename="../src/storage/RecountReader.cpp" line="+12"/>
        <location line="+11"/>
        <source>reading links</source>
        <translation>ler as ligações</translation>
    </message>
    <message>
        <location filename="../src/storage/UserQueries.cpp" line="+68"/>
        <source>Listing users: value %1 of the query is of an unexpected type (%2).</source>
        <translation>Listagem de utilizadores: o valor %1 da consulta é de um tipo inesperado (%2).</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+82"/>
        <location line="+66"/>
        <source>listing users</source>
        <translation>listar os utilizadores</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>counting users</source>
        <translation>contar os utilizadores</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation type="vanished">A listagem de utilizadores</translation>
    </message>
    <message>
        <source>Database error while listing users: %1</source>
        <translation type="vanished">Erro na base de dados ao listar os utilizadores: %1</translation>
    </message>
    <message>
        <location filename="../src/storage/NeighbourSearch.cpp" line="-18"/>
        <location line="+186"/>
        <source>matching records</source>
        <translation>comparar registos</translation>
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
        <translation>procurar um utilizador</translation>
    </message>
    <message>
        <location filename="../src/storage/RecountReader.cpp" line="-32"/>
        <location filename="../src/storage/UserQueries.cpp" line="-4"/>
        <source>The query reads no column %1.</source>
        <translation>A consulta não lê nenhuma coluna %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRecords.cpp" line="+126"/>
        <location filename="../src/storage/UserQueries.cpp" line="+6"/>
        <source>No user &quot;%1&quot; in that runtime.</source>
        <translation>Não existe nenhum utilizador &quot;%1&quot; nesse ambiente.</translation>
    </message>
    <message>
        <location filename="../src/storage/NeighbourSearch.cpp" line="+174"/>
        <location filename="../src/storage/RecordExplainer.cpp" line="+42"/>
        <location line="+43"/>
        <source>reading a record</source>
        <translation>ler um registo</translation>
    </message>
    <message>
        <location filename="../src/storage/RecordExplainer.cpp" line="-6"/>
        <source>%1/%2 (tenant &quot;%3&quot;):</source>
        <translation>%1/%2 (inquilino &quot;%3&quot;):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>R12: not counted by the platform&apos;s console either.</source>
        <translation>R12: também não é contado pela consola da plataforma.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>R6: individual #%1, %n counted record(s): %2.</source>
        <translation>
            <numerusform>R6: pessoa n.º %1, %n registo contado: %2.</numerusform>
            <numerusform>R6: pessoa n.º %1, %n registos contados: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R7: at least one of its counted records is internal: the individual counts as internal.</source>
        <translation>R7: pelo menos um dos seus registos contados é interno: a pessoa conta como interna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R7: none of its counted records is internal: the individual counts as external.</source>
        <translation>R7: nenhum dos seus registos contados é interno: a pessoa conta como externa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R9: the individual counts once against the named capacity.</source>
        <translation>R9: a pessoa conta uma vez na capacidade nominal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>R12: platform %1 (before 11.11.3) counts each counted record as one user: this record is one user of %2&apos;s console.</source>
        <translation>R12: a plataforma %1 (anterior a 11.11.3) conta cada registo contado como um utilizador: este registo é um utilizador da consola de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R12: tenant &quot;%1&quot; is a multi-tenant app&apos;s tenant: the platform counts this record as a user of its own in %2&apos;s console.</source>
        <translation>R12: o inquilino &quot;%1&quot; é o de uma aplicação multi-inquilino: a plataforma conta este registo como um utilizador próprio na consola de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R12: could not read the platform user: %1</source>
        <translation>R12: não foi possível ler o utilizador da plataforma: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R12: %1&apos;s console counts this record as one user.</source>
        <translation>R12: a consola de %1 conta este registo como um utilizador.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n record(s): %2.</source>
        <translation>
            <numerusform>R12: a consola de %1 funde-o (mesmo e-mail ou mesmo utilizador nos inquilinos predefinidos) num utilizador com %n registo: %2.</numerusform>
            <numerusform>R12: a consola de %1 funde-o (mesmo e-mail ou mesmo utilizador nos inquilinos predefinidos) num utilizador com %n registos: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRecords.cpp" line="-67"/>
        <source>recording a decision</source>
        <translation>registar uma decisão</translation>
    </message>
    <message>
        <location filename="../src/storage/TenantStore.cpp" line="+85"/>
        <source>updating a record</source>
        <translation>atualizar um registo</translation>
    </message>
    <message>
        <source>Recording a decision</source>
        <translation type="vanished">O registo de uma decisão</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionStore.cpp" line="-54"/>
        <source>A link joins two records of one tenant; records of different tenants are joined by a shared e-mail address (R6).</source>
        <translation>Uma ligação junta dois registos de um mesmo inquilino; os registos de inquilinos diferentes são juntos por um endereço de e-mail partilhado (R6).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>linking records</source>
        <translation>ligar registos</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unlinking records</source>
        <translation>desligar registos</translation>
    </message>
    <message>
        <location filename="../src/storage/GroupStore.cpp" line="-8"/>
        <source>A group membership needs a group name and a username.</source>
        <translation>Uma pertença a grupo precisa de um nome de grupo e de um nome de utilizador.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>reading the runtime&apos;s users</source>
        <translation>ler os utilizadores do ambiente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>replacing the groups</source>
        <translation>substituir os grupos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>importing the groups</source>
        <translation>importar os grupos</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <source>listing groups</source>
        <translation>listar os grupos</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="+66"/>
        <source>removing a runtime</source>
        <translation>remover um ambiente de execução</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="+4"/>
        <source>renaming an infrastructure</source>
        <translation>mudar o nome de uma infraestrutura</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>removing an infrastructure</source>
        <translation>remover uma infraestrutura</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeStore.cpp" line="-39"/>
        <location line="+10"/>
        <source>A runtime named &quot;%1&quot; already exists in this infrastructure.</source>
        <translation>Já existe um ambiente de execução chamado &quot;%1&quot; nesta infraestrutura.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>renaming a runtime</source>
        <translation>mudar o nome de um ambiente de execução</translation>
    </message>
    <message>
        <location filename="../src/storage/TenantStore.cpp" line="-129"/>
        <location line="+12"/>
        <source>reading a tenant&apos;s records</source>
        <translation>ler os registos de um inquilino</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>reading tenant kinds</source>
        <translation>ler os tipos de inquilino</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The workspace is damaged: unknown tenant kind %1.</source>
        <translation>A área de trabalho está danificada: tipo de inquilino desconhecido %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/InfrastructureStore.cpp" line="-58"/>
        <source>setting the platform version</source>
        <translation>definir a versão da plataforma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>setting the licence model</source>
        <translation>definir o modelo de licença</translation>
    </message>
    <message>
        <location filename="../src/storage/TenantStore.cpp" line="+33"/>
        <location line="+10"/>
        <source>reading tenants</source>
        <translation>ler os inquilinos</translation>
    </message>
    <message>
        <source>Changing a tenant&apos;s kind</source>
        <translation type="vanished">A alteração do tipo de um inquilino</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>setting a tenant kind</source>
        <translation>definir o tipo de um inquilino</translation>
    </message>
    <message>
        <location filename="../src/storage/RuntimeKeySet.cpp" line="+36"/>
        <source>the key set of runtime %1 has %2 bytes</source>
        <translation>o conjunto de chaves do runtime %1 tem %2 bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key set of runtime %1 is not in order</source>
        <translation>o conjunto de chaves do runtime %1 não está ordenado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>storing the runtime&apos;s key set</source>
        <translation>guardar o conjunto de chaves do runtime</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>removing the runtime&apos;s key set</source>
        <translation>remover o conjunto de chaves do runtime</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the runtimes&apos; key sets</source>
        <translation>ler os conjuntos de chaves dos runtimes</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+32"/>
        <source>runtime %1 has records but no key set</source>
        <translation>o runtime %1 tem registos, mas nenhum conjunto de chaves</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+28"/>
        <source>reading the runtime&apos;s key set</source>
        <translation>ler o conjunto de chaves do runtime</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>building the runtimes&apos; key sets</source>
        <translation>construir os conjuntos de chaves dos runtimes</translation>
    </message>
    <message>
        <location filename="../src/storage/WorkspacePostgres.cpp" line="+28"/>
        <source>%1: cannot connect: %2</source>
        <translation>%1: não é possível estabelecer ligação: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the server did not accept the password.</source>
        <translation>%1: o servidor não aceitou a palavra-passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the password in ~/.pgpass or in the file PGPASSFILE names (one line HOST:PORT:DBNAME:USER:PASSWORD, readable by you only).</source>
        <translation>Indique a palavra-passe em ~/.pgpass ou no ficheiro indicado por PGPASSFILE (uma linha HOST:PORT:DBNAME:USER:PASSWORD, legível apenas por si).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: this installation has no PostgreSQL driver for Qt (QPSQL; Debian&apos;s libqt6sql6-psql package).</source>
        <translation>%1: esta instalação não tem o controlador do PostgreSQL para Qt (QPSQL; pacote libqt6sql6-psql do Debian).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: cannot set up the connection: %2</source>
        <translation>%1: não é possível configurar a ligação: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <location filename="../src/cli/WorkspaceCommands.cpp" line="+19"/>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named %1</source>
        <translation>nominais %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal %1, external %2</source>
        <translation>internos %1, externos %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Workspace %1 is ready.</source>
        <translation>A área de trabalho %1 está pronta.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created workspace %1.</source>
        <translation>Área de trabalho %1 criada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Infrastructure %1 (%2): %3</source>
        <translation>Infraestrutura %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>unknown licence model &apos;%1&apos; (use internal-external or named)</source>
        <translation>modelo de licença desconhecido &apos;%1&apos; (use internal-external ou named)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&apos;%1&apos; is not a platform version (e.g. 11.20.1)</source>
        <translation>&apos;%1&apos; não é uma versão da plataforma (p. ex. 11.20.1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added infrastructure %1 (%2).</source>
        <translation>Infraestrutura %1 (%2) adicionada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give --platform VERSION and/or --model internal-external|named</source>
        <translation>indique --platform VERSÃO e/ou --model internal-external|named</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a platform version (e.g. 11.20.1, or unset)</source>
        <translation>&apos;%1&apos; não é uma versão da plataforma (p. ex. 11.20.1, ou unset)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Infrastructure %1: model %2, platform %3.</source>
        <translation>Infraestrutura %1: modelo %2, plataforma %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set (11.11.3 or later)</source>
        <translation>não definida (11.11.3 ou posterior)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Infrastructure %1 is now %2.</source>
        <translation>A infraestrutura %1 chama-se agora %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removing infrastructure &apos;%1&apos; deletes its runtimes and records: add --yes</source>
        <translation>remover a infraestrutura &apos;%1&apos; elimina os seus ambientes e registos: acrescente --yes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed infrastructure %1.</source>
        <translation>Infraestrutura %1 removida.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runtime %1 is now %2.</source>
        <translation>O ambiente %1 chama-se agora %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>removing runtime &apos;%1&apos; deletes its records: add --yes</source>
        <translation>remover o ambiente &apos;%1&apos; elimina os seus registos: acrescente --yes</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Removed runtime %1 (%n record(s)) from %2.</source>
        <translation>
            <numerusform>Ambiente %1 (%n registo) removido de %2.</numerusform>
            <numerusform>Ambiente %1 (%n registos) removido de %2.</numerusform>
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
        <translation>Registos</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Runtimes</source>
        <translation>Ambientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(default)</source>
        <translation>(predefinido)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tenants yet: import a runtime first.</source>
        <translation>Ainda não há inquilinos: importe primeiro um ambiente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--kind needs default, app or it, not &apos;%1&apos;</source>
        <translation>--kind precisa de default, app ou it, não &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n tenant(s) of %1 set to kind %2.</source>
        <translation>
            <numerusform>%n inquilino de %1 definido com o tipo %2.</numerusform>
            <numerusform>%n inquilinos de %1 definidos com o tipo %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give either --internal/--external or --named, not both</source>
        <translation>indique --internal/--external ou --named, não ambos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --internal N and --external N, or --named N</source>
        <translation>indique --internal N e --external N, ou --named N</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 needs a whole number of users, not &apos;%2&apos;</source>
        <translation>--%1 precisa de um número inteiro de utilizadores, não &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>infrastructure &quot;%1&quot; uses the named model: set its capacity with --named, not --internal/--external</source>
        <translation>a infraestrutura &quot;%1&quot; usa o modelo nominal: defina a sua capacidade com --named, não com --internal/--external</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>infrastructure &quot;%1&quot; uses the internal-external model, not named: set --internal and --external</source>
        <translation>a infraestrutura &quot;%1&quot; usa o modelo interno-externo, não o nominal: defina --internal e --external</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Capacity of %1: %2.</source>
        <translation>Capacidade de %1: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added runtime %1 to infrastructure %2.</source>
        <translation>Ambiente %1 adicionado à infraestrutura %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Runtime</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last import (UTC)</source>
        <translation>Última importação (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(dry run: nothing was changed)</source>
        <translation>(simulação: nada foi alterado)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--json goes with --dry-run</source>
        <translation>--json vai com --dry-run</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Added %n owned domain(s) to %1; it now has %2.</source>
        <translation>
            <numerusform>%n domínio próprio adicionado a %1; tem agora %2.</numerusform>
            <numerusform>%n domínios próprios adicionados a %1; tem agora %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Removed %n owned domain(s) from %1; it now has %2.</source>
        <translation>
            <numerusform>%n domínio próprio removido de %1; tem agora %2.</numerusform>
            <numerusform>%n domínios próprios removidos de %1; tem agora %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Domain</source>
        <translation>Domínio</translation>
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
        <translation>Não é possível acompanhar as alterações feitas por outros: %1</translation>
    </message>
</context>
<context>
    <name>hc::ConnectWorkspaceDialog</name>
    <message>
        <location filename="../src/gui/ConnectWorkspaceDialog.cpp" line="+34"/>
        <source>Connect to Shared Workspace</source>
        <translation>Ligar a uma área de trabalho partilhada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server host</source>
        <translation>Anfitrião do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. db.example.com</source>
        <translation>p. ex. db.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server port</source>
        <translation>Porta do servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database name</source>
        <translation>Nome da base de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS mode</source>
        <translation>Modo TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable (no TLS)</source>
        <translation>Desativar (sem TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer (TLS when the server offers it)</source>
        <translation>Preferir (TLS quando o servidor o oferece)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require (TLS, certificate not checked)</source>
        <translation>Exigir (TLS, certificado não verificado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify full (TLS, certificate and host name checked)</source>
        <translation>Verificação completa (TLS, certificado e nome do anfitrião verificados)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host:</source>
        <translation>&amp;Anfitrião:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>Base de &amp;dados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace URL</source>
        <translation>URL da área de trabalho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with the connection details</source>
        <translation>Problema nos dados de ligação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password comes from ~/.pgpass (or the file PGPASSFILE names); without one there you are asked for it. It is never saved.</source>
        <translation>A palavra-passe vem de ~/.pgpass (ou do ficheiro indicado por PGPASSFILE); se não estiver lá, é-lhe pedida. Nunca é guardada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect</source>
        <translation>&amp;Ligar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the server&apos;s host name.</source>
        <translation>Indique o nome do anfitrião do servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the name of the database.</source>
        <translation>Indique o nome da base de dados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give your user name on the server.</source>
        <translation>Indique o seu nome de utilizador no servidor.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Workspace: %1</source>
        <translation>Área de trabalho: %1</translation>
    </message>
</context>
<context>
    <name>hc::CsvReader</name>
    <message>
        <location filename="../src/import/CsvReader.cpp" line="+27"/>
        <source>the first line &apos;sep=&quot;&apos; names the quote as the delimiter, which cannot be one</source>
        <translation>a primeira linha &apos;sep=&quot;&apos; indica as aspas como delimitador, o que não podem ser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first line &apos;sep=&apos; names no delimiter (Excel writes e.g. &apos;sep=;&apos;)</source>
        <translation>a primeira linha &apos;sep=&apos; não indica nenhum delimitador (o Excel escreve p. ex. &apos;sep=;&apos;)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>unterminated quoted field: the quote opened here is never closed</source>
        <translation>campo entre aspas não terminado: as aspas abertas aqui nunca são fechadas</translation>
    </message>
</context>
<context>
    <name>hc::DashboardWidget</name>
    <message>
        <location filename="../src/gui/DashboardWidget.cpp" line="+121"/>
        <source>Opens or creates a workspace to show its counts</source>
        <translation>Abre ou cria uma área de trabalho para mostrar as suas contagens</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Internal users</source>
        <translation>Utilizadores internos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique internal individuals against the internal capacity.</source>
        <translation>Pessoas internas únicas face à capacidade interna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External users</source>
        <translation>Utilizadores externos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique external individuals against the external capacity.</source>
        <translation>Pessoas externas únicas face à capacidade externa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named users</source>
        <translation>Utilizadores nominais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique individuals against the named-user capacity.</source>
        <translation>Pessoas únicas face à capacidade de utilizadores nominais.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trend and forecast</source>
        <translation>Tendência e previsão</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Counted records per runtime</source>
        <translation>Registos contados por ambiente</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Each runtime&apos;s records, and what its own console shows: a person with accounts in two runtimes is counted once in the unique totals.</source>
        <translation>Os registos de cada ambiente e o que a sua própria consola mostra: uma pessoa com contas em dois ambientes é contada uma vez nos totais únicos.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unique individuals</source>
        <translation>Pessoas únicas</translation>
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
        <translation>Pessoas internas únicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique external individuals</source>
        <translation>Pessoas externas únicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique individuals in total</source>
        <translation>Pessoas únicas no total</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not counted</source>
        <translation>Não contados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IT users</source>
        <translation>Utilizadores de TI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Developers and administrators who do not use the apps.</source>
        <translation>Programadores e administradores que não usam as aplicações.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inativos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated in the platform or in Headcount.</source>
        <translation>Desativados na plataforma ou no Headcount.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anónimos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never logged in and share no personal data.</source>
        <translation>Nunca iniciaram sessão e não partilham dados pessoais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total records not counted</source>
        <translation>Total de registos não contados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All records excluded above.</source>
        <translation>Todos os registos excluídos acima.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records not counted: %1</source>
        <translation>Registos não contados: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No workspace is open.</source>
        <translation>Nenhuma área de trabalho está aberta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This workspace has no infrastructure yet.</source>
        <translation>Esta área de trabalho ainda não tem nenhuma infraestrutura.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Licence model: named users</source>
        <translation>Modelo de licença: utilizadores nominais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence model: internal and external users</source>
        <translation>Modelo de licença: utilizadores internos e externos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>platform 11.11.3 or later</source>
        <translation>plataforma 11.11.3 ou posterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform %1</source>
        <translation>plataforma %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sum of the runtimes&apos; consoles: %1</source>
        <translation>Soma das consolas dos ambientes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the runtimes&apos; consoles: %1 internal · %2 external (%3)</source>
        <translation>Soma das consolas dos ambientes: %1 internos · %2 externos (%3)</translation>
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
        <translation>Domínio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
</context>
<context>
    <name>hc::DomainsView</name>
    <message>
        <location filename="../src/gui/DomainsView.cpp" line="+113"/>
        <source>Owned domains</source>
        <translation>Domínios próprios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move Selected</source>
        <translation>Remover &amp;selecionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected owned domains</source>
        <translation>Remover os domínios próprios selecionados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Largest external domains (counted records)</source>
        <translation>Maiores domínios e&amp;xternos (registos contados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest external domains</source>
        <translation>Maiores domínios externos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a domain to make it owned</source>
        <translation>Faça duplo clique num domínio para o tornar próprio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add as Owned</source>
        <translation>A&amp;dicionar como próprios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selected external domains as owned domains</source>
        <translation>Adicionar os domínios externos selecionados como domínios próprios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type or &amp;paste domains to add (one per line, or separated by commas or semicolons):</source>
        <translation>Escreva ou c&amp;ole os domínios a adicionar (um por linha, ou separados por vírgulas ou pontos e vírgulas):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domains to add</source>
        <translation>Domínios a adicionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>example.com, sales.example.com</source>
        <translation>example.com, vendas.example.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+175"/>
        <source>Add T&amp;yped Domains</source>
        <translation>Adicionar domínios escri&amp;tos</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Add the typed domains</source>
        <translation>Adicionar os domínios escritos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Owned domains of %1 (records with that domain)</source>
        <translation>Domínios p&amp;róprios de %1 (registos com esse domínio)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No domain is owned yet, so every record is internal (R4).</source>
        <translation>Ainda nenhum domínio é próprio, por isso todos os registos são internos (R4).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n external domain(s) in all</source>
        <translation>
            <numerusform>%n domínio externo no total</numerusform>
            <numerusform>%n domínios externos no total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counted external records</source>
        <translation>%1 registos externos contados</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What if: working it out…</source>
        <translation>Simulação: a calcular…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What if: could not be worked out: %1</source>
        <translation>Simulação: não foi possível calcular: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What if: %1</source>
        <translation>Simulação: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Refused “%1”: %2.</source>
        <translation>Recusado “%1”: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more refused.</source>
        <translation>
            <numerusform>Mais %n recusado.</numerusform>
            <numerusform>Mais %n recusados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owned already: %1.</source>
        <translation>Já próprios: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given twice: %1.</source>
        <translation>Indicados duas vezes: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Add T&amp;yped Domains (%n)</source>
        <translation>
            <numerusform>Adicionar domínio escri&amp;to (%n)</numerusform>
            <numerusform>Adicionar domínios escri&amp;tos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <location line="+15"/>
        <source>Add %n domain(s)</source>
        <translation>
            <numerusform>Adicionar %n domínio</numerusform>
            <numerusform>Adicionar %n domínios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Remove %n domain(s)</source>
        <translation>
            <numerusform>Remover %n domínio</numerusform>
            <numerusform>Remover %n domínios</numerusform>
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
        <translation>Porque é que &lt;b&gt;%1&lt;/b&gt; conta desta forma, regra a regra:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules applied</source>
        <translation>Regras aplicadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why %1 counts the way it does, one rule a line</source>
        <translation>Porque é que %1 conta desta forma, uma regra por linha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the explanation</source>
        <translation>Copiar a explicação</translation>
    </message>
</context>
<context>
    <name>hc::ExportReader</name>
    <message>
        <location filename="../src/import/ExportReader.cpp" line="+84"/>
        <source>the value holds a NUL byte: the file may be damaged</source>
        <translation>o valor contém um byte NUL: o ficheiro pode estar danificado</translation>
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
        <translation>esperava-se uma cadeia, um número, um booleano ou null, não uma matriz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a string, number, boolean or null, not an object</source>
        <translation>esperava-se uma cadeia, um número, um booleano ou null, não um objeto</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 is already the Id of the record at line %2</source>
        <translation>%1 já é o Id do registo da linha %2</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the file is empty</source>
        <translation>o ficheiro está vazio</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this row has %1 fields but the header has %2</source>
        <translation>esta linha tem %1 campos mas o cabeçalho tem %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file looks cut off: its last line ends without a line break after %1 of the %2 fields</source>
        <translation>o ficheiro parece cortado: a sua última linha termina sem quebra de linha após %1 dos %2 campos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this row has %1 fields but the header has %2: the missing ones are read as empty</source>
        <translation>esta linha tem %1 campos mas o cabeçalho tem %2: os que faltam são lidos como vazios</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the delimiter must be one ASCII character</source>
        <translation>o delimitador tem de ser um único carácter ASCII</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the keys %1 (line %2, column %3) and %4 both give the field %5</source>
        <translation>as chaves %1 (linha %2, coluna %3) e %4 dão ambas o campo %5</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the key %1 is given twice in this record (first at line %2, column %3)</source>
        <translation>a chave %1 aparece duas vezes neste registo (primeiro na linha %2, coluna %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this record is not an object</source>
        <translation>este registo não é um objeto</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>cannot open %1: %2</source>
        <translation>não é possível abrir %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::FieldMapping</name>
    <message>
        <location filename="../src/import/FieldMapping.cpp" line="+104"/>
        <source>&apos;%1&apos; (chosen for column &apos;%2&apos;) is not a known field; known fields: %3</source>
        <translation>&apos;%1&apos; (escolhido para a coluna &apos;%2&apos;) não é um campo conhecido; campos conhecidos: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; both give the field %3</source>
        <translation>as colunas &apos;%1&apos; e &apos;%2&apos; dão ambas o campo %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>expected columns such as Username, Email, Id, Name, Is_Active</source>
        <translation>esperavam-se colunas como Username, Email, Id, Name, Is_Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a user export: the records have no fields (%1)</source>
        <translation>não é uma exportação de utilizadores: os registos não têm campos (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a user export: the header row names no columns (%1)</source>
        <translation>não é uma exportação de utilizadores: a linha de cabeçalho não indica colunas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a user export: none of the columns %1 is known (%2)</source>
        <translation>não é uma exportação de utilizadores: nenhuma das colunas %1 é conhecida (%2)</translation>
    </message>
</context>
<context>
    <name>hc::GaugeWidget</name>
    <message>
        <location filename="../src/gui/GaugeWidget.cpp" line="+131"/>
        <source>No capacity set</source>
        <translation>Sem capacidade definida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over capacity by %1 (%2 %)</source>
        <translation>Capacidade excedida em %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over capacity by %1</source>
        <translation>Capacidade excedida em %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near capacity: %1 % used</source>
        <translation>Perto da capacidade: %1 % utilizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within capacity: %1 % used</source>
        <translation>Dentro da capacidade: %1 % utilizado</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+43"/>
        <source>Capacity gauge</source>
        <translation>Indicador de capacidade</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: %2, no capacity set</source>
        <translation>%1: %2, sem capacidade definida</translation>
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
        <translation type="vanished">%1 de %2 licenciados</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation type="vanished">%1 em utilização</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>of %1 licensed</source>
        <translation>de %1 licenciados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no capacity set</source>
        <translation>sem capacidade definida</translation>
    </message>
</context>
<context>
    <name>hc::GroupReader</name>
    <message>
        <location filename="../src/import/GroupReader.cpp" line="+40"/>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; both give the %3</source>
        <translation>as colunas &apos;%1&apos; e &apos;%2&apos; dão ambas o %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>username</source>
        <translation>nome de utilizador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant</source>
        <translation>inquilino</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not a group membership export: it needs a group column (Group, GroupName or Role) and a username column (Username, UserName or Login); its columns: %1</source>
        <translation>não é uma exportação de pertenças a grupos: precisa de uma coluna de grupo (Group, GroupName ou Role) e de uma coluna de nome de utilizador (Username, UserName ou Login); as suas colunas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the value holds a NUL byte: the file may be damaged</source>
        <translation>o valor contém um byte NUL: o ficheiro pode estar danificado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the group name is empty</source>
        <translation>o nome do grupo está vazio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the username is empty</source>
        <translation>o nome de utilizador está vazio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a string or a number, not an %1</source>
        <translation>esperava-se uma cadeia ou um número, não %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>array</source>
        <translation>uma matriz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the delimiter must be one ASCII character</source>
        <translation>o delimitador tem de ser um único carácter ASCII</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty</source>
        <translation>o ficheiro está vazio</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>this row has %1 fields but the header has %2</source>
        <translation>esta linha tem %1 campos mas o cabeçalho tem %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>this record is not an object</source>
        <translation>este registo não é um objeto</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>cannot open %1: %2</source>
        <translation>não é possível abrir %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizard</name>
    <message>
        <location filename="../src/gui/ImportWizard.cpp" line="+24"/>
        <source>Import a User Export</source>
        <translation>Importar uma exportação de utilizadores</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardFilePage</name>
    <message>
        <location filename="../src/gui/ImportWizardFilePage.cpp" line="+30"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent files:</source>
        <translation>Ficheiros re&amp;centes:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File and runtime</source>
        <translation>Ficheiro e ambiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a runtime&apos;s user export (CSV or JSON) and the runtime it describes.</source>
        <translation>Escolha a exportação de utilizadores de um ambiente (CSV ou JSON) e o ambiente que ela descreve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of a CSV or JSON export</source>
        <translation>Caminho de uma exportação CSV ou JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export file</source>
        <translation>Ficheiro de exportação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the runtime&apos;s user export to import, CSV or JSON</source>
        <translation>Caminho da exportação de utilizadores do ambiente a importar, CSV ou JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the export file</source>
        <translation>Escolher o ficheiro de exportação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent import files</source>
        <translation>Ficheiros importados recentemente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target runtime</source>
        <translation>Ambiente de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runtime the export describes; a new name adds a runtime</source>
        <translation>O ambiente que a exportação descreve; um nome novo adiciona um ambiente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File:</source>
        <translation>&amp;Ficheiro:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Infrastructure:</source>
        <translation>Infraestrutura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;untime:</source>
        <translation>Ambiente de &amp;execução:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (no longer there)</source>
        <translation>%1 (já não existe)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import a User Export</source>
        <translation>Importar uma exportação de utilizadores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User exports (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Exportações de utilizadores (*.csv *.tsv *.txt *.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose a runtime, or type the name of a new one.</source>
        <translation>Escolha um ambiente, ou escreva o nome de um novo.</translation>
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
            <numerusform>Ambiente existente: %Ln registo, última importação %1. A importação substitui-o ou combina-o numa só transação.</numerusform>
            <numerusform>Ambiente existente: %Ln registos, última importação %1. A importação substitui-os ou combina-os numa só transação.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New runtime: &quot;%1&quot; is created in %2 when the import runs.</source>
        <translation>Novo ambiente: &quot;%1&quot; é criado em %2 quando a importação for executada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file cannot be imported: %1</source>
        <translation>Este ficheiro não pode ser importado: %1</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardMappingPage</name>
    <message>
        <location filename="../src/gui/ImportWizardMappingPage.cpp" line="+25"/>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <translation>vírgula</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>ponto e vírgula</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Format and column mapping</source>
        <translation>Formato e mapeamento de colunas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what was detected and which field each column gives. Password columns are never imported; columns left as &quot;Ignored&quot; are not read.</source>
        <translation>Verifique o que foi detetado e que campo dá cada coluna. As colunas de palavra-passe nunca são importadas; as colunas deixadas como &quot;Ignorada&quot; não são lidas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected</source>
        <translation>Detetado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ( , )</source>
        <translation>Vírgula ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the first rows</source>
        <translation>Pré-visualização das primeiras linhas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Codificação:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header:</source>
        <translation>Cabeçalho:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation>Registos:</translation>
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
        <translation>Detetado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>Detetar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>line %1, %Ln column(s)</source>
        <translation>
            <numerusform>linha %1, %Ln coluna</numerusform>
            <numerusform>linha %1, %Ln colunas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (after Excel&apos;s &quot;sep=&quot; line)</source>
        <translation> (após a linha &quot;sep=&quot; do Excel)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln key(s) in the records</source>
        <translation>
            <numerusform>%Ln chave nos registos</numerusform>
            <numerusform>%Ln chaves nos registos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 (estimated from the first rows)</source>
        <translation>cerca de %1 (estimado a partir das primeiras linhas)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field for column %1</source>
        <translation>Campo da coluna %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never imported</source>
        <translation>Nunca importada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password hashes are never stored or shown.</source>
        <translation>Os hashes de palavras-passe nunca são guardados nem mostrados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot read the file with this delimiter: %1</source>
        <translation>Não é possível ler o ficheiro com este delimitador: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>With this mapping the file cannot be imported: %1</source>
        <translation>Com este mapeamento o ficheiro não pode ser importado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The %Ln previewed row(s) read cleanly with this mapping.</source>
        <translation>
            <numerusform>A %Ln linha pré-visualizada lê-se sem problemas com este mapeamento.</numerusform>
            <numerusform>As %Ln linhas pré-visualizadas leem-se sem problemas com este mapeamento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of the %Ln previewed row(s) have a problem with this mapping (tinted; hover for the reason). The validation step lists every problem in the file.</source>
        <translation>
            <numerusform>%1 da %Ln linha pré-visualizada tem um problema com este mapeamento (realçada; passe o rato por cima para ver o motivo). O passo de validação lista todos os problemas do ficheiro.</numerusform>
            <numerusform>%1 das %Ln linhas pré-visualizadas têm um problema com este mapeamento (realçadas; passe o rato por cima para ver o motivo). O passo de validação lista todos os problemas do ficheiro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignored columns: %1.</source>
        <translation>Colunas ignoradas: %1.</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardPreview</name>
    <message>
        <location filename="../src/gui/ImportWizardPreview.cpp" line="+92"/>
        <source>a ZIP archive (an Excel .xlsx workbook is one)</source>
        <translation>um arquivo ZIP (um livro do Excel .xlsx é um)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Office document (.xls)</source>
        <translation>um documento antigo do Office (.xls)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PDF document</source>
        <translation>um documento PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database</source>
        <translation>uma base de dados SQLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a gzip-compressed file</source>
        <translation>um ficheiro comprimido com gzip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a binary file</source>
        <translation>um ficheiro binário</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>%1: the file is empty</source>
        <translation>%1: o ficheiro está vazio</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 is not a user export but %2. Export the runtime&apos;s user table as CSV or JSON and import that file.</source>
        <translation>%1 não é uma exportação de utilizadores, mas sim %2. Exporte a tabela de utilizadores do ambiente de execução como CSV ou JSON e importe esse ficheiro.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The delimiter must be one ASCII character.</source>
        <translation>O delimitador tem de ser um único carácter ASCII.</translation>
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
        <translation>Parado antes de importar.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was imported: %1 has %Ln row(s) that cannot be read. The workspace is unchanged. Correct the file, or import it again and choose to skip bad rows.</source>
        <translation>
            <numerusform>Nada foi importado: %1 tem %Ln linha que não pode ser lida. A área de trabalho não foi alterada. Corrija o ficheiro, ou importe-o novamente e escolha ignorar as linhas com erros.</numerusform>
            <numerusform>Nada foi importado: %1 tem %Ln linhas que não podem ser lidas. A área de trabalho não foi alterada. Corrija o ficheiro, ou importe-o novamente e escolha ignorar as linhas com erros.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Starting…</source>
        <translation>A iniciar…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2 records</source>
        <translation>%1 de %2 registos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1: %2</source>
        <translation>A ler %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing to the workspace: %1</source>
        <translation>A escrever na área de trabalho: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 records/s · about %2 left</source>
        <translation>%1 registos/s · faltam cerca de %2</translation>
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
        <translation>A cancelar… a área de trabalho fica como estava.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 records into %2.</source>
        <translation>%1 registos importados para %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove most of the runtime?</source>
        <translation>Remover a maior parte do ambiente?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Import it anyway?</source>
        <translation>%1

Importar mesmo assim?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed.</source>
        <translation>Falhou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import cancelled. The workspace is unchanged.</source>
        <translation>Importação cancelada. A área de trabalho não foi alterada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import failed. The workspace is unchanged.
%1</source>
        <translation>A importação falhou. A área de trabalho não foi alterada.
%1</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardSummaryPage</name>
    <message>
        <location filename="../src/gui/ImportWizardSummaryPage.cpp" line="+40"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counts before and after the import</source>
        <translation>Contagens antes e depois da importação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New records:</source>
        <translation>Registos novos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed records:</source>
        <translation>Registos alterados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed records:</source>
        <translation>Registos removidos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged records:</source>
        <translation>Registos inalterados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped rows:</source>
        <translation>Linhas ignoradas:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts of %1, before → after:</source>
        <translation>Contagens de %1, antes → depois:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was imported into runtime %2 of %3 (%4).</source>
        <translation>%1 foi importado para o ambiente %2 de %3 (%4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge</source>
        <translation>combinar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replace</source>
        <translation>substituir</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source> and %n more</source>
        <translation>
            <numerusform> e mais %n</numerusform>
            <numerusform> e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer in the export: %1.</source>
        <translation>Já não estão na exportação: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated in Headcount but still active on the platform (deactivate them there): %1.</source>
        <translation>Desativados no Headcount mas ainda ativos na plataforma (desative-os lá): %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unique individuals</source>
        <translation>Pessoas únicas</translation>
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
        <translation>%1: registos contados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: internal records</source>
        <translation>%1: registos internos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: external records</source>
        <translation>%1: registos externos</translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardValidationPage</name>
    <message>
        <location filename="../src/gui/ImportWizardValidationPage.cpp" line="+39"/>
        <source>Rows with problems</source>
        <translation>Linhas com problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top (import nothing)</source>
        <translation>&amp;Parar (não importar nada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import mode</source>
        <translation>Modo de importação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole file is read once, without touching the workspace, to find every row that cannot be imported.</source>
        <translation>O ficheiro inteiro é lido uma vez, sem tocar na área de trabalho, para encontrar todas as linhas que não podem ser importadas.</translation>
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
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>Ignorar as linhas com problemas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Replace: the export is a snapshot of the runtime; records it no longer lists are removed</source>
        <translation>&amp;Substituir: a exportação é um instantâneo do ambiente; os registos que já não lista são removidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge: add and update records by Id (else Username); keep the others</source>
        <translation>Co&amp;mbinar: adicionar e atualizar registos por Id (senão por Username); manter os restantes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The runtime is new: every record is added.</source>
        <translation>O ambiente é novo: todos os registos são adicionados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1…</source>
        <translation>A ler %1…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading %1: %2 records so far…</source>
        <translation>A ler %1: %2 registos até agora…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file cannot be imported: %1</source>
        <translation>Este ficheiro não pode ser importado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has a problem that no choice can skip: correct it and try again.</source>
        <translation>O ficheiro tem um problema que nenhuma opção consegue ignorar: corrija-o e tente novamente.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Read as JSON, %1.</source>
        <translation>Lido como JSON, %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as CSV, %1, delimiter %2.</source>
        <translation>Lido como CSV, %1, delimitador %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Password column is dropped, never stored.</source>
        <translation>A coluna Password é descartada, nunca guardada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored columns: %1.</source>
        <translation>Colunas ignoradas: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems: all %1 records can be imported.</source>
        <translation>Sem problemas: os %1 registos podem ser todos importados.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 records can be imported; %Ln row(s) cannot:</source>
        <translation>
            <numerusform>%1 registos podem ser importados; %Ln linha não:</numerusform>
            <numerusform>%1 registos podem ser importados; %Ln linhas não:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the first %1 are listed)</source>
        <translation>(são listadas as %1 primeiras)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>S&amp;kip bad rows (import the %1 good records; the %Ln bad row(s) are left out)</source>
        <translation>
            <numerusform>&amp;Omitir as linhas com erros (importar os %1 registos corretos; a %Ln linha com erros fica de fora)</numerusform>
            <numerusform>&amp;Omitir as linhas com erros (importar os %1 registos corretos; as %Ln linhas com erros ficam de fora)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has no record to import.</source>
        <translation>O ficheiro não tem nenhum registo para importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no record to import: importing it in Replace mode removes every record of %1.</source>
        <translation>O ficheiro não tem nenhum registo para importar: importá-lo no modo Substituir remove todos os registos de %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
</context>
<context>
    <name>hc::ImportWorker</name>
    <message>
        <source>Import cancelled: the workspace was left as it was.</source>
        <translation type="vanished">Importação cancelada: a área de trabalho ficou como estava.</translation>
    </message>
</context>
<context>
    <name>hc::InfrastructureComboBox</name>
    <message>
        <location filename="../src/gui/InfrastructureComboBox.cpp" line="+12"/>
        <source>Infrastructure</source>
        <translation>Infraestrutura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licensing scope shown: its capacities, owned domains and runtimes</source>
        <translation>O âmbito de licenciamento mostrado: as suas capacidades, domínios próprios e ambientes</translation>
    </message>
</context>
<context>
    <name>hc::InfrastructureDialog</name>
    <message>
        <location filename="../src/gui/InfrastructureDialog.cpp" line="+35"/>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>Infrastructures</source>
        <translation>Infraestruturas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Infrastructures:</source>
        <translation>&amp;Infraestruturas:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New</source>
        <translation>&amp;Nova</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New infrastructure</source>
        <translation>Nova infraestrutura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected infrastructure</source>
        <translation>Remover a infraestrutura selecionada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence model</source>
        <translation>Modelo de licença</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal and external users</source>
        <translation>Utilizadores internos e externos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named users (before 11.7.0)</source>
        <translation>Utilizadores nominais (antes da 11.7.0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform version</source>
        <translation>Versão da plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (11.11.3 or later)</source>
        <translation>não definida (11.11.3 ou posterior)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal capacity</source>
        <translation>Capacidade interna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External capacity</source>
        <translation>Capacidade externa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named-user capacity</source>
        <translation>Capacidade de utilizadores nominais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ame:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence model:</source>
        <translation>Modelo de &amp;licença:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform version:</source>
        <translation>Versão da &amp;plataforma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In&amp;ternal capacity:</source>
        <translation>Capacidade in&amp;terna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xternal capacity:</source>
        <translation>Capacidade e&amp;xterna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;med capacity:</source>
        <translation>Capacidade nomin&amp;al:</translation>
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
        <translation>Guardar a infraestrutura</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the infrastructure a name.</source>
        <translation>Dê um nome à infraestrutura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a platform version: digits separated by dots, e.g. 11.20.1 (empty: not set).</source>
        <translation>“%1” não é uma versão da plataforma: algarismos separados por pontos, p. ex. 11.20.1 (vazio: não definida).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Platforms before 11.7.0 license named users: choose that licence model.</source>
        <translation>As plataformas anteriores à 11.7.0 licenciam utilizadores nominais: escolha esse modelo de licença.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Change infrastructure %1</source>
        <translation>Alterar a infraestrutura %1</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Remove infrastructure %1? Its %n runtime(s), %2 records, owned domains and decisions are deleted, and this cannot be undone.</source>
        <translation>
            <numerusform>Remover a infraestrutura %1? O seu %n ambiente de execução, os %2 registos, os domínios próprios e as decisões são eliminados, e isto não pode ser anulado.</numerusform>
            <numerusform>Remover a infraestrutura %1? Os seus %n ambientes de execução, os %2 registos, os domínios próprios e as decisões são eliminados, e isto não pode ser anulado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Infrastructure</source>
        <translation>Remover infraestrutura</translation>
    </message>
</context>
<context>
    <name>hc::JsonReader</name>
    <message>
        <location filename="../src/import/JsonReader.cpp" line="+65"/>
        <source>not valid JSON: %1</source>
        <translation>JSON inválido: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an array of user records, or an object holding one such array</source>
        <translation>esperava-se uma matriz de registos de utilizadores, ou um objeto que contenha uma matriz assim</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the JSON object holds no array: %1</source>
        <translation>o objeto JSON não contém nenhuma matriz: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the JSON object holds several arrays (%1): %2</source>
        <translation>o objeto JSON contém várias matrizes (%1): %2</translation>
    </message>
</context>
<context>
    <name>hc::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="+85"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Painel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>&amp;Utilizadores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;claim</source>
        <translation>&amp;Recuperação</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Dashboard (Alt+D) and Users (Alt+U)</source>
        <translation type="vanished">Painel (Alt+P) e Utilizadores (Alt+U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard (Alt+D), Users (Alt+U) and Reclaim (Alt+C)</source>
        <translation>Painel (Alt+P), Utilizadores (Alt+U) e Recuperação (Alt+R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The infrastructure whose counts every view shows (Alt+I)</source>
        <translation>A infraestrutura cujas contagens todas as vistas mostram (Alt+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Infrastructure:</source>
        <translation>&amp;Infraestrutura:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Another program changed the workspace; the figures are current.</source>
        <translation>Outro programa alterou a área de trabalho; os valores estão atualizados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the shared workspace was lost and is restored; the figures are current. Undo starts afresh.</source>
        <translation>A ligação à área de trabalho partilhada perdeu-se e foi restabelecida; os números estão atualizados. O histórico de anular recomeça.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Connect to Shared Workspace…</source>
        <translation>&amp;Ligar a uma área de trabalho partilhada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a workspace that several administrators share on a PostgreSQL server</source>
        <translation>Abre uma área de trabalho que vários administradores partilham num servidor PostgreSQL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language, theme, default inactivity days and workspace folder</source>
        <translation>Idioma, tema, dias de inatividade predefinidos e pasta das áreas de trabalho</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Domai&amp;ns</source>
        <translation>Domí&amp;nios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Runtimes</source>
        <translation>A&amp;mbientes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I&amp;nfrastructures…</source>
        <translation>I&amp;nfraestruturas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage…</source>
        <translation>Gerir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename or remove infrastructures; set licence model, platform version and capacities</source>
        <translation>Adicionar, mudar o nome ou remover infraestruturas; definir o modelo de licença, a versão da plataforma e as capacidades</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a workspace before managing its infrastructures.</source>
        <translation>Abra uma área de trabalho antes de gerir as suas infraestruturas.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Anular %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refazer %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applying a change</source>
        <translation>A aplicar uma alteração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying… %p%</source>
        <translation>A aplicar… %p%</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not open the workspace. %1</source>
        <translation>Não foi possível abrir a área de trabalho. %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Workspace</source>
        <translation>Abrir área de trabalho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headcount workspaces (*.db *.sqlite *.headcount);;All files (*)</source>
        <translation>Áreas de trabalho do Headcount (*.db *.sqlite *.headcount);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not read the counts: %1</source>
        <translation>Não foi possível ler as contagens: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts are current.</source>
        <translation>As contagens estão atualizadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Headcount</source>
        <translation>Acerca do Headcount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Headcount %1&lt;/h3&gt;&lt;p&gt;Keeps a low-code platform&apos;s end-user licence in compliance: unique internal and external users per capacity, who they are and why each one counts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Headcount %1&lt;/h3&gt;&lt;p&gt;Mantém em conformidade a licença de utilizadores finais de uma plataforma low-code: utilizadores internos e externos únicos por capacidade, quem são e porque conta cada um.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
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
        <translation>Nenhuma área de trabalho aberta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a workspace before importing an export.</source>
        <translation>Abra uma área de trabalho antes de importar uma exportação.</translation>
    </message>
</context>
<context>
    <name>hc::MessageText</name>
    <message numerus="yes">
        <location filename="../src/import/MessageText.cpp" line="+87"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::MessageWidget</name>
    <message>
        <location filename="../src/gui/MessageWidget.cpp" line="+65"/>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Fechar a mensagem</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>hc::PasswordPrompt</name>
    <message>
        <location filename="../src/gui/PasswordPrompt.cpp" line="+33"/>
        <source>The server of %1 asks for a password.</source>
        <translation>O servidor de %1 pede uma palavra-passe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used for this connection only; never saved.</source>
        <translation>Usada apenas nesta ligação; nunca é guardada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>&amp;Ligar</translation>
    </message>
</context>
<context>
    <name>hc::ReadSnapshot</name>
    <message>
        <location filename="../src/storage/ReportQueries.cpp" line="+173"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>starting to read</source>
        <translation>começar a ler</translation>
    </message>
</context>
<context>
    <name>hc::RecentWorkspacesMenu</name>
    <message>
        <location filename="../src/gui/RecentWorkspacesMenu.cpp" line="+12"/>
        <source>Recent &amp;Workspaces</source>
        <translation>Áreas de trabalho &amp;recentes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Limpar lista</translation>
    </message>
</context>
<context>
    <name>hc::ReclaimView</name>
    <message>
        <location filename="../src/gui/ReclaimView.cpp" line="+74"/>
        <source>Not &amp;logged in for</source>
        <translation>&amp;Sem iniciar sessão há</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days without a login</source>
        <translation>Dias sem iniciar sessão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in runti&amp;me</source>
        <translation>no &amp;ambiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runtime</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only members of an imported group</source>
        <translation>Apenas membros de um grupo importado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deac&amp;tivate Candidates…</source>
        <translation>Desativar &amp;candidatos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate the candidates</source>
        <translation>Desativar os candidatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate every candidate here (undoable) and write, per runtime, the list to deactivate on the platform</source>
        <translation>Desativar aqui todos os candidatos (pode ser anulado) e escrever, por ambiente de execução, a lista a desativar na plataforma</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Counts after deactivating the candidates</source>
        <translation>Contagens depois de desativar os candidatos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Internal users after</source>
        <translation>Utilizadores internos depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External users after</source>
        <translation>Utilizadores externos depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named users after</source>
        <translation>Utilizadores nominais depois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deactivation candidates</source>
        <translation>Candidatos a desativação</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>all runtimes</source>
        <translation>todos os ambientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any group</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Could not work out the effect of deactivating the candidates: %1</source>
        <translation>Não foi possível calcular o efeito de desativar os candidatos: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 → %3 (%4%5)</source>
        <translation>%1 %2 → %3 (%4%5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>named</source>
        <translation>nominais</translation>
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
        <translation>Abra uma área de trabalho para encontrar candidatos a desativação.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding the candidates…</source>
        <translation>A procurar os candidatos…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No counted user has gone %Ln day(s) without a login.</source>
        <translation>
            <numerusform>Nenhum utilizador contado está há %Ln dia sem iniciar sessão.</numerusform>
            <numerusform>Nenhum utilizador contado está há %Ln dias sem iniciar sessão.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln candidate(s) not logged in for %1 days or more.</source>
        <translation>
            <numerusform>%Ln candidato sem iniciar sessão há %1 dias ou mais.</numerusform>
            <numerusform>%Ln candidatos sem iniciar sessão há %1 dias ou mais.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivating them: %1</source>
        <translation>Ao desativá-los: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder for the Lists to Apply on the Platform</source>
        <translation>Pasta para as listas a aplicar na plataforma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The users were deactivated here (Undo restores them), but the lists for the platform were not written: %1</source>
        <translation>Os utilizadores foram desativados aqui (Anular restaura-os), mas as listas para a plataforma não foram escritas: %1</translation>
    </message>
</context>
<context>
    <name>hc::ReportActions</name>
    <message>
        <location filename="../src/gui/ReportActions.cpp" line="+29"/>
        <source>Print Pre&amp;view…</source>
        <translation>Pré-&amp;visualizar impressão…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print preview of the compliance report</source>
        <translation>Pré-visualização da impressão do relatório de conformidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the compliance report</source>
        <translation>Imprimir o relatório de conformidade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as P&amp;DF…</source>
        <translation>Exportar como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the compliance report as PDF</source>
        <translation>Exportar o relatório de conformidade como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as &amp;HTML…</source>
        <translation>Exportar como &amp;HTML…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the compliance report as HTML</source>
        <translation>Exportar o relatório de conformidade como HTML</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Report progress</source>
        <translation>Progresso do relatório</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the report…</source>
        <translation>A criar o relatório…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the report</source>
        <translation>A criar o relatório</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the report</source>
        <translation>Cancelar o relatório</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Print Preview</source>
        <translation>Pré-visualização da impressão</translation>
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
        <translation>Exportar relatório como PDF</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Export Report as HTML</source>
        <translation>Exportar relatório como HTML</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>licence-report</source>
        <translation>relatorio-licenca</translation>
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
        <translation>Relatório cancelado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not make the report: %1</source>
        <translation>Não foi possível criar o relatório: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 escrito (%n página).</numerusform>
            <numerusform>%1 escrito (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1.</source>
        <translation>%1 escrito.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print Preview – %1</source>
        <translation>Pré-visualização da impressão – %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not lay out the report: %1</source>
        <translation>Não foi possível paginar o relatório: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not print the report: %1</source>
        <translation>Não foi possível imprimir o relatório: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n página enviada para a impressora.</numerusform>
            <numerusform>%n páginas enviadas para a impressora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ReportBuilder</name>
    <message>
        <location filename="../src/report/ReportBuilder.cpp" line="+24"/>
        <source>The number of inactive days must be at least 1.</source>
        <translation>O número de dias de inatividade tem de ser pelo menos 1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The workspace has no infrastructure.</source>
        <translation>A área de trabalho não tem nenhuma infraestrutura.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot compute the SHA-256 fingerprint.</source>
        <translation>Não é possível calcular a impressão digital SHA-256.</translation>
    </message>
</context>
<context>
    <name>hc::ReportFile</name>
    <message>
        <location filename="../src/report/ReportFile.cpp" line="+24"/>
        <source>Licence compliance roll-up</source>
        <translation>Resumo de conformidade das licenças</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence compliance report: %1</source>
        <translation>Relatório de conformidade da licença: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>não é possível escrever %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::ReportFingerprint</name>
    <message>
        <location filename="../src/report/ReportFingerprint.cpp" line="+204"/>
        <source>Cannot compute the SHA-256 fingerprint.</source>
        <translation>Não é possível calcular a impressão digital SHA-256.</translation>
    </message>
</context>
<context>
    <name>hc::ReportHtml</name>
    <message>
        <location filename="../src/report/ReportHtml.cpp" line="+90"/>
        <source>no capacity set</source>
        <translation>sem capacidade definida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within capacity</source>
        <translation>dentro da capacidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEAR capacity</source>
        <translation>PERTO da capacidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVER capacity</source>
        <translation>ACIMA da capacidade</translation>
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
        <translation>Relatório de conformidade da licença</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence compliance roll-up</source>
        <translation>Resumo de conformidade das licenças</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Generated</source>
        <translation>Gerado</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+17"/>
        <source>Infrastructures</source>
        <translation>Infraestruturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Infrastructure</source>
        <translation>Infraestrutura</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique individuals / licensed</source>
        <translation>Pessoas únicas / licenciados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the platform consoles</source>
        <translation>Soma das consolas da plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprints</source>
        <translation>Impressões digitais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each infrastructure follows on its own pages.</source>
        <translation>Cada infraestrutura segue nas suas próprias páginas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Licence compliance report:</source>
        <translation>Relatório de conformidade da licença:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence model</source>
        <translation>Modelo de licença</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform version</source>
        <translation>Versão da plataforma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set (11.11.3 or later)</source>
        <translation>não definida (11.11.3 ou posterior)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <location line="+148"/>
        <source>Runtimes</source>
        <translation>Ambientes de execução</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+124"/>
        <location line="+69"/>
        <location line="+41"/>
        <location line="+10"/>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Pseudonymised: names, usernames, e-mail addresses and domains are replaced by consistent pseudonyms; every count is unchanged.</source>
        <translation>Pseudonimizado: nomes, nomes de utilizador, endereços de e-mail e domínios são substituídos por pseudónimos consistentes; todas as contagens se mantêm.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 unique individuals; no capacity is set.</source>
        <translation>%1: %2 pessoas únicas; não há capacidade definida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 unique individuals of %3 licensed (%4): within capacity.</source>
        <translation>%1: %2 pessoas únicas de %3 licenciados (%4): dentro da capacidade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 unique individuals of %3 licensed (%4): NEAR capacity (warning from %5 %).</source>
        <translation>%1: %2 pessoas únicas de %3 licenciados (%4): PERTO da capacidade (aviso a partir de %5 %).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 unique individuals of %3 licensed (%4): OVER capacity by %5.</source>
        <translation>%1: %2 pessoas únicas de %3 licenciados (%4): ACIMA da capacidade em %5.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+111"/>
        <source>Named</source>
        <translation>Nominais</translation>
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
        <translation>Capacidades e contagens únicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Licensed</source>
        <translation>Licenciados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique individuals</source>
        <translation>Pessoas únicas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Utilizado</translation>
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
        <translation>A licença é medida em pessoas únicas (R6): %1 no total.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <location line="+136"/>
        <location line="+37"/>
        <source>Runtime</source>
        <translation>Ambiente</translation>
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
        <translation>Estimativa da plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last import</source>
        <translation>Última importação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records (any status)</source>
        <translation>Registos (qualquer estado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted records on all runtimes: %1. The platform estimate is what each runtime&apos;s own console shows (R12).</source>
        <translation>Registos contados em todos os ambientes: %1. A estimativa da plataforma é o que a própria consola de cada ambiente mostra (R12).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Console of %1</source>
        <translation>Consola de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the consoles</source>
        <translation>Soma das consolas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique individuals (the licence figure)</source>
        <translation>Pessoas únicas (o valor da licença)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconciliation with the platform</source>
        <translation>Reconciliação com a plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Utilizadores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenants: %1 in all, %2 of multi-tenant apps (each account counts once per tenant), %3 holding IT users (never counted).</source>
        <translation>Inquilinos: %1 no total, %2 de aplicações multi-inquilino (cada conta conta uma vez por inquilino), %3 com utilizadores de TI (nunca contados).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exclusions</source>
        <translation>Exclusões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (R5, first that applies)</source>
        <translation>Motivo (R5, o primeiro que se aplica)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT users</source>
        <translation>Utilizadores de TI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inativos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anónimos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted</source>
        <translation>Não contados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trend and forecast</source>
        <translation>Tendência e previsão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No count history is stored for this infrastructure yet.</source>
        <translation>Ainda não está guardado nenhum histórico de contagens para esta infraestrutura.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of capacity</source>
        <translation>Da capacidade</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Unique individuals at the end of each day shown (%n day(s) with changes stored).</source>
        <translation>
            <numerusform>Pessoas únicas no fim de cada dia mostrado (%n dia com alterações guardado).</numerusform>
            <numerusform>Pessoas únicas no fim de cada dia mostrado (%n dias com alterações guardados).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast (least-squares trend of the last %1 days, dates up to %2 days ahead):</source>
        <translation>Previsão (tendência por mínimos quadrados dos últimos %1 dias, datas até %2 dias à frente):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Owned domains</source>
        <translation>Domínios próprios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No domain is owned: every record is internal (R4).</source>
        <translation>Nenhum domínio é próprio: todos os registos são internos (R4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain as typed</source>
        <translation>Domínio tal como escrito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normalised</source>
        <translation>Normalizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top external domains</source>
        <translation>Principais domínios externos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The named model has no external users (R9).</source>
        <translation>O modelo nominal não tem utilizadores externos (R9).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted records</source>
        <translation>Registos contados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 external domains with %2 counted records in all.</source>
        <translation>%1 domínios externos com %2 registos contados no total.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data quality</source>
        <translation>Qualidade dos dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records without a valid e-mail</source>
        <translation>Registos sem e-mail válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counted records (internal by R4) and %2 records that do not count have no valid e-mail address in Email or Username (R2).</source>
        <translation>%1 registos contados (internos por R4) e %2 registos que não contam não têm um endereço de e-mail válido em Email nem em Username (R2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <source>Username</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+21"/>
        <location line="+16"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Email field</source>
        <translation>Campo Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mails shared by several records</source>
        <translation>E-mails partilhados por vários registos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 addresses are carried by %2 counted records with different usernames on one runtime. R6 counts each address as one person (and the platform as one user): check that none is a mailbox shared by several people.</source>
        <translation>%1 endereços são usados por %2 registos contados com nomes de utilizador diferentes num mesmo ambiente. A R6 conta cada endereço como uma pessoa (e a plataforma como um utilizador): verifique que nenhum é uma caixa de correio partilhada por várias pessoas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usernames</source>
        <translation>Nomes de utilizador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likely duplicates</source>
        <translation>Prováveis duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 names are carried by %2 different individuals (same name, no shared address or username). If they are one person, link their records: each counts once more than needed.</source>
        <translation>%1 nomes são usados por %2 pessoas diferentes (mesmo nome, sem endereço nem nome de utilizador partilhado). Se forem uma só pessoa, ligue os seus registos: cada uma conta uma vez a mais.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Individuals</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deactivation candidates</source>
        <translation>Candidatos a desativação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 counted records have not logged in for %2 days or more (last login before %3, or never).</source>
        <translation>%1 registos contados não iniciam sessão há %2 dias ou mais (último início de sessão antes de %3, ou nunca).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 that logged in longest ago are listed.</source>
        <translation>São listados os %1 que iniciaram sessão há mais tempo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Último início de sessão</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R1 E-mail normalisation: an address is compared in lower case, with its domain in ASCII (IDNA) and without a trailing dot.</source>
        <translation>R1 Normalização do e-mail: um endereço é comparado em minúsculas, com o seu domínio em ASCII (IDNA) e sem ponto final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R2 A record&apos;s e-mail is its Email field when that is a valid address, else its Username when that is one, else it has none.</source>
        <translation>R2 O e-mail de um registo é o seu campo Email quando este é um endereço válido; senão, o seu Username quando o é; senão, não tem nenhum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R3 A domain matches an owned domain only when they are equal: subdomains are listed on their own.</source>
        <translation>R3 Um domínio corresponde a um domínio próprio apenas quando são iguais: os subdomínios são listados à parte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R4 Internal when no domain is owned, when the record has no valid e-mail, or when its domain is owned; otherwise external.</source>
        <translation>R4 Interno quando nenhum domínio é próprio, quando o registo não tem e-mail válido, ou quando o seu domínio é próprio; caso contrário, externo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R5 Not counted, in this order: IT users, inactive users, anonymous users (never logged in, no personal data).</source>
        <translation>R5 Não contados, por esta ordem: utilizadores de TI, utilizadores inativos, utilizadores anónimos (nunca iniciaram sessão, sem dados pessoais).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R6 Counted records sharing an e-mail address, or a username within one tenant pool, are one individual across all runtimes; links and splits made here override.</source>
        <translation>R6 Registos contados que partilham um endereço de e-mail, ou um nome de utilizador num mesmo conjunto de inquilinos, são uma só pessoa em todos os ambientes; as ligações e separações feitas aqui prevalecem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R7 An individual is internal when any of its records is internal.</source>
        <translation>R7 Uma pessoa é interna quando algum dos seus registos é interno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R8 Per runtime the counted records are given; the licence is measured on individuals.</source>
        <translation>R8 Por ambiente são indicados os registos contados; a licença é medida em pessoas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R9 The named model (platforms before 11.7.0): the same exclusions and individuals, no classification.</source>
        <translation>R9 O modelo nominal (plataformas anteriores a 11.7.0): as mesmas exclusões e pessoas, sem classificação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R10 A capacity is near its limit at 80 % and over when the count exceeds it.</source>
        <translation>R10 Uma capacidade está perto do limite aos 80 % e excedida quando a contagem a ultrapassa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R11 Every change recounts at once; this report was read in one consistent snapshot.</source>
        <translation>R11 Cada alteração volta a contar de imediato; este relatório foi lido num único instantâneo consistente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R12 The platform estimate is what a runtime&apos;s own console shows: it merges a person&apos;s records within that runtime only (from 11.11.3), never across runtimes.</source>
        <translation>R12 A estimativa da plataforma é o que a própria consola de um ambiente mostra: funde os registos de uma pessoa apenas dentro desse ambiente (a partir de 11.11.3), nunca entre ambientes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rules applied</source>
        <translation>Regras aplicadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 over the counts, the owned domains and every record behind them (canonical form version %1, described in the README):</source>
        <translation>SHA-256 sobre as contagens, os domínios próprios e cada registo por trás deles (forma canónica versão %1, descrita no README):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recompute it from the workspace with: headcount-cli fingerprint --infra %1</source>
        <translation>Recalcule-a a partir da área de trabalho com: headcount-cli fingerprint --infra %1</translation>
    </message>
</context>
<context>
    <name>hc::ReportOptionsDialog</name>
    <message>
        <location filename="../src/gui/ReportOptionsDialog.cpp" line="+33"/>
        <source>&amp;This infrastructure (%1)</source>
        <translation>&amp;Esta infraestrutura (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All infrastructures: a summary, then one section each</source>
        <translation>&amp;Todas as infraestruturas: um resumo e depois uma secção para cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pseudonymise names, usernames and e-mails (counts are kept)</source>
        <translation>&amp;Pseudonimizar nomes, nomes de utilizador e e-mails (as contagens mantêm-se)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days without a login</source>
        <translation>Dias sem iniciar sessão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted users not logged in for this many days are listed as deactivation candidates</source>
        <translation>Os utilizadores contados que não iniciaram sessão há este número de dias são listados como candidatos a desativação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report covers the infrastructure shown in the tool bar</source>
        <translation>O relatório abrange a infraestrutura mostrada na barra de ferramentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report covers every infrastructure of the workspace</source>
        <translation>O relatório abrange todas as infraestruturas da área de trabalho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For sharing the report outside the company</source>
        <translation>Para partilhar o relatório fora da empresa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivation candidates: not logged in for</source>
        <translation>Candidatos a &amp;desativação: sem iniciar sessão há</translation>
    </message>
    <message>
        <source>Deactivation candidates: not logged in for</source>
        <translation type="vanished">Candidatos a desativação: sem iniciar sessão há</translation>
    </message>
</context>
<context>
    <name>hc::ReportPdf</name>
    <message>
        <location filename="../src/report/ReportPdf.cpp" line="+20"/>
        <source>Laying out a PDF needs a QGuiApplication.</source>
        <translation>Paginar um PDF exige uma QGuiApplication.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot start painting the report.</source>
        <translation>Não é possível começar a desenhar o relatório.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot start page %1 of the report.</source>
        <translation>Não é possível começar a página %1 do relatório.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot finish painting the report.</source>
        <translation>Não é possível terminar de desenhar o relatório.</translation>
    </message>
</context>
<context>
    <name>hc::ReportQueries</name>
    <message>
        <location filename="../src/storage/ReportQueries.cpp" line="-162"/>
        <source>Database error while reading %1 for the report: %2</source>
        <translation>Erro na base de dados ao ler %1 para o relatório: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+10"/>
        <source>external domains</source>
        <translation>os domínios externos</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>records without an e-mail</source>
        <translation>os registos sem e-mail</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>records</source>
        <translation>os registos</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>runtimes</source>
        <translation>os ambientes de execução</translation>
    </message>
    <message>
        <source>The compliance report</source>
        <translation type="vanished">O relatório de conformidade</translation>
    </message>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation type="vanished">O controlador da base de dados não fornece um identificador SQLite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading records</source>
        <translation>ler os registos</translation>
    </message>
</context>
<context>
    <name>hc::RuntimeCountsModel</name>
    <message>
        <location filename="../src/gui/RuntimeCountsModel.cpp" line="+111"/>
        <source>Production runtime %1</source>
        <translation>Ambiente de produção %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n counted internal record(s) in %1</source>
        <translation>
            <numerusform>%n registo interno contado em %1</numerusform>
            <numerusform>%n registos internos contados em %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n counted external record(s) in %1</source>
        <translation>
            <numerusform>%n registo externo contado em %1</numerusform>
            <numerusform>%n registos externos contados em %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n counted record(s) in %1</source>
        <translation>
            <numerusform>%n registo contado em %1</numerusform>
            <numerusform>%n registos contados em %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>What %1&apos;s own console shows: %n user(s)</source>
        <translation>
            <numerusform>O que a própria consola de %1 mostra: %n utilizador</numerusform>
            <numerusform>O que a própria consola de %1 mostra: %n utilizadores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Production runtime</source>
        <translation>Ambiente de produção</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted records classified internal (the platform&apos;s own per-runtime figure)</source>
        <translation>Registos contados classificados como internos (o valor próprio da plataforma por ambiente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted records classified external (the platform&apos;s own per-runtime figure)</source>
        <translation>Registos contados classificados como externos (o valor próprio da plataforma por ambiente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All counted records of the runtime; the same person in two runtimes counts in both</source>
        <translation>Todos os registos contados do ambiente; a mesma pessoa em dois ambientes conta em ambos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform&apos;s own estimate for this runtime (R12): records of the user providers&apos; default tenants that share an e-mail or username count once; each multi-tenant app account counts</source>
        <translation>A estimativa própria da plataforma para este ambiente (R12): os registos dos inquilinos predefinidos dos fornecedores de utilizadores que partilham e-mail ou nome de utilizador contam uma vez; cada conta de uma aplicação multi-inquilino conta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runtime</source>
        <translation>Ambiente</translation>
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
        <translation>Faça duplo clique ou prima F2 para mudar o nome</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Records that count (R8), before merging the same person across runtimes</source>
        <translation>Registos que contam (R8), antes de juntar a mesma pessoa entre ambientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this runtime&apos;s own console shows (R12)</source>
        <translation>O que a própria consola deste ambiente mostra (R12)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Runtime</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last import</source>
        <translation>Última importação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Registos</translation>
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
        <translation>Estimativa da plataforma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform estimate (int. / ext.)</source>
        <translation>Estimativa da plataforma (int. / ext.)</translation>
    </message>
</context>
<context>
    <name>hc::RuntimesView</name>
    <message>
        <location filename="../src/gui/RuntimesView.cpp" line="+89"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: nada foi alterado.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Runtimes</source>
        <translation>Ambientes de execução</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rena&amp;me</source>
        <translation>Mudar o n&amp;ome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected runtime</source>
        <translation>Mudar o nome do ambiente selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected runtime and its records</source>
        <translation>Remover o ambiente selecionado e os seus registos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kind of the selected tenants:</source>
        <translation>&amp;Tipo dos inquilinos selecionados:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant kind</source>
        <translation>Tipo de inquilino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set Kind</source>
        <translation>&amp;Definir tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the kind of the selected tenants</source>
        <translation>Definir o tipo dos inquilinos selecionados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working</source>
        <translation>A processar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cance&amp;l</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the running change</source>
        <translation>Cancelar a alteração em curso</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Runtimes of %1</source>
        <translation>Ambientes de execução de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unique individuals in all runtimes: %1, the figure the licence is measured against.</source>
        <translation>Pessoas únicas em todos os ambientes: %1, o valor com que a licença é medida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique individuals in all runtimes: %1 internal · %2 external, the figures the licence is measured against.</source>
        <translation>Pessoas únicas em todos os ambientes: %1 internas · %2 externas, os valores com que a licença é medida.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Tenants found in all runtimes of %1</source>
        <translation>In&amp;quilinos encontrados em todos os ambientes de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenants found in %1</source>
        <translation>In&amp;quilinos encontrados em %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename runtime %1 to %2</source>
        <translation>Mudar o nome do ambiente de execução %1 para %2</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Remove runtime %1 and its %n record(s)? The administrator&apos;s decisions about them go too, and this cannot be undone.</source>
        <translation>
            <numerusform>Remover o ambiente %1 e o seu %n registo? As decisões do administrador sobre ele também são eliminadas, e isto não pode ser anulado.</numerusform>
            <numerusform>Remover o ambiente %1 e os seus %n registos? As decisões do administrador sobre eles também são eliminadas, e isto não pode ser anulado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Runtime</source>
        <translation>Remover ambiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing runtime %1…</source>
        <translation>A remover o ambiente %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Set the kind of %n tenant(s) to %1</source>
        <translation>
            <numerusform>Definir o tipo de %n inquilino como %1</numerusform>
            <numerusform>Definir o tipo de %n inquilinos como %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Setting the kind of %n tenant(s) to %1 and recounting…</source>
        <translation>
            <numerusform>A definir o tipo de %n inquilino como %1 e a recontar…</numerusform>
            <numerusform>A definir o tipo de %n inquilinos como %1 e a recontar…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cancelling: the change is rolled back as soon as its current step has ended…</source>
        <translation>A cancelar: a alteração é desfeita assim que o passo atual terminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too late to cancel: the change is already being saved.</source>
        <translation>Demasiado tarde para cancelar: a alteração já está a ser guardada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another change is still running; try again when it has finished.</source>
        <translation>Outra alteração ainda está em curso; tente de novo quando tiver terminado.</translation>
    </message>
</context>
<context>
    <name>hc::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="+31"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the console; used from the next start</source>
        <translation>O idioma da consola; usado a partir do próximo arranque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Predefinição do sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used when Headcount is started again.</source>
        <translation>O novo idioma é usado quando o Headcount for iniciado de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console&apos;s colours: as the desktop, light or dark</source>
        <translation>As cores da consola: como o ambiente de trabalho, claras ou escuras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default days without a login</source>
        <translation>Dias sem iniciar sessão predefinidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users not logged in for this many days are offered as deactivation candidates</source>
        <translation>Os utilizadores que não iniciaram sessão há este número de dias são propostos como candidatos a desativação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default workspace folder</source>
        <translation>Pasta predefinida das áreas de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the Open Workspace dialog starts; empty for your home folder</source>
        <translation>Onde começa a caixa de diálogo Abrir área de trabalho; vazio para a sua pasta pessoal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the default workspace folder</source>
        <translation>Escolher a pasta predefinida das áreas de trabalho</translation>
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
        <translation>Candidatos a &amp;desativação após:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default workspace &amp;folder:</source>
        <translation>Pa&amp;sta predefinida das áreas de trabalho:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Default Workspace Folder</source>
        <translation>Pasta predefinida das áreas de trabalho</translation>
    </message>
</context>
<context>
    <name>hc::StorageErrors</name>
    <message>
        <location filename="../src/storage/StorageErrors.h" line="+35"/>
        <source>The workspace is damaged: %1. Nothing was changed; run &apos;headcount-cli check&apos;, and restore a backup.</source>
        <translation>A área de trabalho está danificada: %1. Nada foi alterado; execute &apos;headcount-cli check&apos; e reponha uma cópia de segurança.</translation>
    </message>
    <message>
        <source>%1 is not yet supported on a shared PostgreSQL workspace.</source>
        <translation type="vanished">%1 ainda não está disponível numa área de trabalho PostgreSQL partilhada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Database error while %1: %2</source>
        <translation>Erro na base de dados ao %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::TenantsModel</name>
    <message>
        <location filename="../src/gui/TenantsModel.cpp" line="+42"/>
        <source>default</source>
        <translation>predefinido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app</source>
        <translation>aplicação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT</source>
        <translation>TI</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no tenant id)</source>
        <translation>(sem id de inquilino)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A user provider&apos;s default tenant: its usernames are merged with the other default tenants&apos; (R6)</source>
        <translation>O inquilino predefinido de um fornecedor de utilizadores: os seus nomes de utilizador são juntados aos dos outros inquilinos predefinidos (R6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A multi-tenant application&apos;s tenant: its logins are its own, never merged by username with other tenants (R6, R12)</source>
        <translation>O inquilino de uma aplicação multi-inquilino: as suas contas são só suas, nunca juntadas por nome de utilizador com outros inquilinos (R6, R12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tenant of IT users (Service Center&apos;s): its records never count (R5)</source>
        <translation>O inquilino dos utilizadores de TI (o do Service Center): os seus registos nunca contam (R5)</translation>
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
        <translation>Registos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runtimes</source>
        <translation>Ambientes</translation>
    </message>
</context>
<context>
    <name>hc::TextDecoder</name>
    <message>
        <location filename="../src/import/TextDecoder.cpp" line="+213"/>
        <source>not valid UTF-8: the byte %1 here is no UTF-8 character, though the file starts with a UTF-8 byte order mark (a damaged file, or text of another encoding pasted in)</source>
        <translation>UTF-8 inválido: o byte %1 aqui não é um carácter UTF-8, embora o ficheiro comece com uma marca de ordem de bytes UTF-8 (um ficheiro danificado, ou texto de outra codificação colado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid UTF-8: the byte %1 here is no UTF-8 character, though the file holds UTF-8 text elsewhere (a damaged file, or text of another encoding pasted in)</source>
        <translation>UTF-8 inválido: o byte %1 aqui não é um carácter UTF-8, embora o ficheiro contenha texto UTF-8 noutros sítios (um ficheiro danificado, ou texto de outra codificação colado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid UTF-8: the byte %1 here is no UTF-8 character (a JSON export is UTF-8 or UTF-16)</source>
        <translation>UTF-8 inválido: o byte %1 aqui não é um carácter UTF-8 (uma exportação JSON é UTF-8 ou UTF-16)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not valid %1 text: the file has an odd number of bytes</source>
        <translation>texto %1 inválido: o ficheiro tem um número ímpar de bytes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not valid %1 text: the lone surrogate %2 here is no character</source>
        <translation>texto %1 inválido: o substituto isolado %2 aqui não é um carácter</translation>
    </message>
</context>
<context>
    <name>hc::Transaction</name>
    <message>
        <location filename="../src/storage/Transaction.cpp" line="+38"/>
        <source>Database error while starting a transaction: %1</source>
        <translation>Erro na base de dados ao iniciar uma transação: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The workspace is busy: another process kept it locked for 30 s. Nothing was changed; try again when it has finished.</source>
        <translation>A área de trabalho está ocupada: outro processo manteve-a bloqueada durante 30 s. Nada foi alterado; tente novamente quando ele terminar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database error: the transaction is not open.</source>
        <translation>Erro na base de dados: a transação não está aberta.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+18"/>
        <location line="+20"/>
        <source>Database error while committing: %1</source>
        <translation>Erro na base de dados ao confirmar: %1</translation>
    </message>
</context>
<context>
    <name>hc::TrendChartWidget</name>
    <message>
        <source>Internal users</source>
        <translation type="vanished">Utilizadores internos</translation>
    </message>
    <message>
        <source>External users</source>
        <translation type="vanished">Utilizadores externos</translation>
    </message>
    <message>
        <source>Named users</source>
        <translation type="vanished">Utilizadores nominais</translation>
    </message>
    <message>
        <location filename="../src/gui/TrendChartWidget.cpp" line="+46"/>
        <source>Internal capacity</source>
        <translation>Capacidade interna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External capacity</source>
        <translation>Capacidade externa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named capacity</source>
        <translation>Capacidade nominal</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Trend of unique users against capacity</source>
        <translation>Tendência dos utilizadores únicos face à capacidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trend appears here once the counts have changed on a few days.</source>
        <translation>A tendência aparece aqui quando as contagens tiverem mudado em alguns dias.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Dashed lines: the capacities.</source>
        <translation>Linhas tracejadas: as capacidades.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No count history yet.</source>
        <translation>Ainda não há histórico de contagens.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n snapshot(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n instantâneo de %1 a %2.</numerusform>
            <numerusform>%n instantâneos de %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 now %2 of %3.</source>
        <translation>%1: agora %2 de %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now %2, no capacity set.</source>
        <translation>%1: agora %2, sem capacidade definida.</translation>
    </message>
</context>
<context>
    <name>hc::UsersCsvExport</name>
    <message>
        <location filename="../src/gui/UsersCsvExport.cpp" line="+25"/>
        <source>Writing %1 users…</source>
        <translation>A escrever %1 utilizadores…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>users.csv</source>
        <translation>utilizadores.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>selected-users.csv</source>
        <translation>utilizadores-selecionados.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Users to CSV</source>
        <translation>Exportar utilizadores para CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Selected Users to CSV</source>
        <translation>Exportar os utilizadores selecionados para CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ficheiros CSV (*.csv);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the CSV file…</source>
        <translation>A escrever o ficheiro CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV export progress</source>
        <translation>Progresso da exportação CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to CSV</source>
        <translation>Exportar para CSV</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The CSV file was not written: %1</source>
        <translation>O ficheiro CSV não foi escrito: %1</translation>
    </message>
</context>
<context>
    <name>hc::UsersModel</name>
    <message>
        <location filename="../src/gui/UsersModel.cpp" line="+321"/>
        <source>Could not list the users: %1</source>
        <translation>Não foi possível listar os utilizadores: %1</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>No workspace is open.</source>
        <translation>Nenhuma área de trabalho está aberta.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Runtime</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last login</source>
        <translation>Último início de sessão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deactivated in Headcount; still active on the platform: deactivate it there too.</source>
        <translation>Desativado no Headcount; ainda ativo na plataforma: desative-o também lá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated in Headcount.</source>
        <translation>Desativado no Headcount.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT flag set by an administrator in Headcount.</source>
        <translation>Marca de TI definida por um administrador no Headcount.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split: kept apart from automatic matching (only links join it).</source>
        <translation>Separado: mantido à parte da associação automática (só as ligações o juntam).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default tenant</source>
        <translation>Inquilino predefinido</translation>
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
        <translation>Utilizador de TI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deactivated here</source>
        <translation>Desativado aqui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IT user, deactivated here</source>
        <translation>Utilizador de TI, desativado aqui</translation>
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
        <translation>Procurar nome de utilizador, nome, e-mail, telefone ou id externo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users</source>
        <translation>Procurar utilizadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters the table by username, name, e-mail, phone or external id (Ctrl+F)</source>
        <translation>Filtra a tabela por nome de utilizador, nome, e-mail, telefone ou id externo (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Runtime</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All classes</source>
        <translation>Todas as classes</translation>
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
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Contados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT users</source>
        <translation>Utilizadores de TI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inativos</translation>
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
        <translation>Todos os inquilinos</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Show the users of one tenant only</source>
        <translation>Mostrar apenas os utilizadores de um inquilino</translation>
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
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Members of an imported group; select all to act on the whole group</source>
        <translation>Membros de um grupo importado; selecione-os todos para agir sobre o grupo inteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the users of one runtime only</source>
        <translation>Mostrar só os utilizadores de um ambiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show internal or external users only</source>
        <translation>Mostrar só utilizadores internos ou externos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show counted, IT, inactive or anonymous records only</source>
        <translation>Mostrar só registos contados, de TI, inativos ou anónimos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User actions</source>
        <translation>Ações sobre utilizadores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate the selected users: they stop counting (R5)</source>
        <translation>Desativar os utilizadores selecionados: deixam de contar (R5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate</source>
        <translation>&amp;Ativar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a deactivation made in Headcount</source>
        <translation>Anular uma desativação feita no Headcount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;IT User</source>
        <translation>Marcar como utilizador de &amp;TI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developers and administrators who do not use the apps do not count (R5)</source>
        <translation>Os programadores e administradores que não usam as aplicações não contam (R5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear IT Flag</source>
        <translation>Remo&amp;ver marca de TI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected users use the apps: they count</source>
        <translation>Os utilizadores selecionados usam as aplicações: contam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link</source>
        <translation>&amp;Ligar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two selected records are the same person (R6)</source>
        <translation>Os dois registos selecionados são a mesma pessoa (R6)</translation>
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
        <translation>Manter o registo selecionado à parte da associação automática (R6)</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>&amp;Explain…</source>
        <translation>&amp;Explicar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which rules classified and counted the selected record</source>
        <translation>Que regras classificaram e contaram o registo selecionado</translation>
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
        <translation>E&amp;xportar para CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the users listed (with the search and filters) to a CSV file</source>
        <translation>Escrever os utilizadores listados (com a pesquisa e os filtros) num ficheiro CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Selection to CSV…</source>
        <translation>Exportar seleção para &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected users to a CSV file</source>
        <translation>Escrever os utilizadores selecionados num ficheiro CSV</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Users</source>
        <translation>Utilizadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per user record; the tool bar acts on the selected rows</source>
        <translation>Uma linha por registo de utilizador; a barra de ferramentas atua sobre as linhas selecionadas</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>All runtimes</source>
        <translation>Todos os ambientes</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Default tenant</source>
        <translation>Inquilino predefinido</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Kind %1 · %n record(s)</source>
        <translation>
            <numerusform>Tipo %1 · %n registo</numerusform>
            <numerusform>Tipo %1 · %n registos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 users · reading…</source>
        <translation>%1 utilizadores · a ler…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ users · counting…</source>
        <translation>%1+ utilizadores · a contar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user matches “%1”</source>
        <translation>Nenhum utilizador corresponde a “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No users with these filters</source>
        <translation>Nenhum utilizador com estes filtros</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilizador</numerusform>
            <numerusform>%Ln utilizadores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · %1 selected</source>
        <translation> · seleção: %1</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Select the users to export first.</source>
        <translation>Selecione primeiro os utilizadores a exportar.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="vanished">
            <numerusform>%n utilizador</numerusform>
            <numerusform>%n utilizadores</numerusform>
        </translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+135"/>
        <source>The list is still being read; try again in a moment.</source>
        <translation>A lista ainda está a ser lida; tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>A record without a username cannot be decided on: decisions are kept by username.</source>
        <translation>Não é possível decidir sobre um registo sem nome de utilizador: as decisões são guardadas por nome de utilizador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select at most %L1 users for one decision.</source>
        <translation>Selecione no máximo %L1 utilizadores para uma decisão.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Re&amp;join</source>
        <translation>&amp;Reunir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let automatic matching join the selected record again (R6)</source>
        <translation>Deixar a associação automática voltar a juntar o registo selecionado (R6)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select exactly two records to link them.</source>
        <translation>Selecione exatamente dois registos para os ligar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select one record to split it.</source>
        <translation>Selecione um registo para o separar.</translation>
    </message>
</context>
<context>
    <name>hc::ValueParser</name>
    <message>
        <location filename="../src/import/ValueParser.cpp" line="+202"/>
        <source>%1 is not a boolean (true/false, 1/0, yes/no, y/n)</source>
        <translation>%1 não é um booleano (true/false, 1/0, yes/no, y/n)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a date (ISO 8601, e.g. 2025-06-30, 2025-06-30 14:05:00 or 2025-06-30T14:05:00Z)</source>
        <translation>%1 não é uma data (ISO 8601, p. ex. 2025-06-30, 2025-06-30 14:05:00 ou 2025-06-30T14:05:00Z)</translation>
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
        <translation>Nenhuma área de trabalho está aberta.</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+30"/>
        <source>Could not read the changes made by another program: %1</source>
        <translation>Não foi possível ler as alterações feitas por outro programa: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connection to the shared workspace was lost (%1). Headcount tries again every few seconds; until then the figures shown may be out of date.</source>
        <translation>A ligação à área de trabalho partilhada perdeu-se (%1). O Headcount tenta novamente de poucos em poucos segundos; até lá os números mostrados podem estar desatualizados.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+34"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="-168"/>
        <location line="+115"/>
        <location line="+57"/>
        <source>A change is still being applied; try again when it is done.</source>
        <translation>Ainda está a ser aplicada uma alteração; tente novamente quando terminar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="-33"/>
        <source>The selected users are deactivated already.</source>
        <translation>Os utilizadores selecionados já estão desativados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+1"/>
        <source>Only users deactivated in Headcount can be activated here; the others are inactive on the platform itself.</source>
        <translation>Só os utilizadores desativados no Headcount podem ser ativados aqui; os outros estão inativos na própria plataforma.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+6"/>
        <source>Deactivate %n user(s)</source>
        <translation>
            <numerusform>Desativar %n utilizador</numerusform>
            <numerusform>Desativar %n utilizadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+0"/>
        <source>Activate %n user(s)</source>
        <translation>
            <numerusform>Ativar %n utilizador</numerusform>
            <numerusform>Ativar %n utilizadores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="-111"/>
        <source>The selected users are marked as IT users already.</source>
        <translation>Os utilizadores selecionados já estão marcados como utilizadores de TI.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+1"/>
        <source>The IT flag of the selected users is cleared already.</source>
        <translation>A marca de TI dos utilizadores selecionados já foi removida.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+4"/>
        <source>Mark %n user(s) as IT users</source>
        <translation>
            <numerusform>Marcar %n utilizador como utilizador de TI</numerusform>
            <numerusform>Marcar %n utilizadores como utilizadores de TI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location filename="../src/gui/WorkspaceSessionBulk.cpp" line="+1"/>
        <source>Clear the IT flag of %n user(s)</source>
        <translation>
            <numerusform>Remover a marca de TI de %n utilizador</numerusform>
            <numerusform>Remover a marca de TI de %n utilizadores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>These two records are linked already.</source>
        <translation>Estes dois registos já estão ligados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link %1 and %2</source>
        <translation>Ligar %1 e %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is split already.</source>
        <translation>%1 já está separado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not split.</source>
        <translation>%1 não está separado.</translation>
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
        <translation>Importar %1 para %2</translation>
    </message>
</context>
</TS>

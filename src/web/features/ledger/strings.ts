import { defineStrings } from '../../i18n/catalogue.js';

/** Strings of the ledger page in English, French and Ukrainian. */
export const ledgerStrings = defineStrings({
  en: {
    'ledger.title': 'Verifiable ledger',
    'ledger.lead':
      'Every write of the shared record is a leaf of an append-only Merkle log (RFC 9162). This page checks, in your browser, that the log has only grown since you last looked, and that a record is in it.',
    'ledger.checkpoint': 'Newest checkpoint',
    'ledger.origin': 'Log',
    'ledger.treeSize': 'Entries',
    'ledger.rootHash': 'Root hash',
    'ledger.issuedAt': 'Signed',
    'ledger.note': 'Signed note (C2SP checkpoint)',
    'ledger.cosignatures': 'Witnessed by',
    'ledger.noCosignatures': 'No party has witnessed this checkpoint yet.',
    'ledger.growth': 'Has the record been rewritten?',
    'ledger.growth.first':
      'First check from this browser: checkpoint of {size} entries remembered. The next visit proves that the log has only grown since.',
    'ledger.growth.unchanged': 'Unchanged since your last check: the same {size} entries with the same root.',
    'ledger.growth.grew':
      'Consistent: the log grew from {from} to {to} entries and every earlier entry is unchanged (consistency proof verified in this browser).',
    'ledger.growth.rewritten':
      'WARNING: the log is not consistent with the checkpoint this browser remembered ({from} → {to} entries): {reason}. Keep this page and tell your coordinator and the other parties.',
    'ledger.growth.checking': 'Checking the consistency proof…',
    'ledger.reason.shrunk': 'the log has fewer entries than when this browser last saw it',
    'ledger.reason.other-root': 'the same number of entries now has a different root',
    'ledger.reason.proof': 'the consistency proof does not hold ({detail})',
    'ledger.forget': 'Forget the remembered checkpoint',
    'ledger.record': 'Check a record',
    'ledger.recordLead':
      'Give a record’s kind and id (for example agreement.clause and the clause’s id): its entries are fetched, the newest one is proven to be in the newest checkpoint, and, where its module offers it, the record as stored now is hashed here and compared with that entry.',
    'ledger.kind': 'Kind',
    'ledger.recordId': 'Record id',
    'ledger.check': 'Check',
    'ledger.leaves': 'Entries of this record',
    'ledger.leafIndex': 'Position',
    'ledger.contentHash': 'Content hash (SHA-256)',
    'ledger.recordedAt': 'Recorded',
    'ledger.included':
      'Included: entry {index} is in the checkpoint of {size} entries, its leaf hash recomputed and its inclusion proof verified in this browser.',
    'ledger.notIncluded': 'Not proven: {reason}',
    'ledger.notYetCovered': 'The newest entry is not yet covered by a signed checkpoint.',
    'ledger.content.unchanged':
      'Unchanged: the record as stored now hashes to the content hash of its newest entry (computed in this browser).',
    'ledger.content.changed':
      'ALERT: the record as stored now does not hash to the content hash of its newest entry: it was changed outside Guarantor. Keep this page and tell your coordinator and the other parties.',
    'ledger.content.removed':
      'ALERT: the record is no longer stored, but its newest entry records it: it was removed outside Guarantor.',
    'ledger.content.columns':
      'ALERT: stored {columns} disagree with the record’s ledgered content: changed outside Guarantor.',
    'ledger.witnesses': 'Witnesses',
    'ledger.witnessParty': 'Party',
    'ledger.witnessName': 'Key',
    'ledger.witnessedLatest': 'Witnessed the newest checkpoint',
    'ledger.noWitnesses': 'No witness key is registered.',
  },
  fr: {
    'ledger.title': 'Registre vérifiable',
    'ledger.lead':
      'Chaque écriture du registre commun est une feuille d’un journal de Merkle en ajout seul (RFC 9162). Cette page vérifie, dans votre navigateur, que le journal n’a fait que croître depuis votre dernière visite, et qu’un enregistrement y figure.',
    'ledger.checkpoint': 'Dernier point de contrôle',
    'ledger.origin': 'Journal',
    'ledger.treeSize': 'Entrées',
    'ledger.rootHash': 'Empreinte racine',
    'ledger.issuedAt': 'Signé',
    'ledger.note': 'Note signée (point de contrôle C2SP)',
    'ledger.cosignatures': 'Attesté par',
    'ledger.noCosignatures': 'Aucune partie n’a encore attesté ce point de contrôle.',
    'ledger.growth': 'Le registre a-t-il été réécrit ?',
    'ledger.growth.first':
      'Première vérification depuis ce navigateur : point de contrôle de {size} entrées mémorisé. La prochaine visite prouvera que le journal n’a fait que croître depuis.',
    'ledger.growth.unchanged':
      'Inchangé depuis votre dernière vérification : les mêmes {size} entrées avec la même racine.',
    'ledger.growth.grew':
      'Cohérent : le journal est passé de {from} à {to} entrées et aucune entrée antérieure n’a changé (preuve de cohérence vérifiée dans ce navigateur).',
    'ledger.growth.rewritten':
      'ALERTE : le journal n’est pas cohérent avec le point de contrôle mémorisé par ce navigateur ({from} → {to} entrées) : {reason}. Conservez cette page et prévenez votre coordinateur et les autres parties.',
    'ledger.growth.checking': 'Vérification de la preuve de cohérence…',
    'ledger.reason.shrunk': 'le journal compte moins d’entrées que lors du dernier passage de ce navigateur',
    'ledger.reason.other-root': 'le même nombre d’entrées a désormais une autre racine',
    'ledger.reason.proof': 'la preuve de cohérence ne tient pas ({detail})',
    'ledger.forget': 'Oublier le point de contrôle mémorisé',
    'ledger.record': 'Vérifier un enregistrement',
    'ledger.recordLead':
      'Indiquez le type et l’identifiant d’un enregistrement (par exemple agreement.clause et l’identifiant de la clause) : ses entrées sont lues, la plus récente est prouvée dans le dernier point de contrôle et, quand son module le permet, l’enregistrement tel qu’il est stocké aujourd’hui est haché ici et comparé à cette entrée.',
    'ledger.kind': 'Type',
    'ledger.recordId': 'Identifiant',
    'ledger.check': 'Vérifier',
    'ledger.leaves': 'Entrées de cet enregistrement',
    'ledger.leafIndex': 'Position',
    'ledger.contentHash': 'Empreinte du contenu (SHA-256)',
    'ledger.recordedAt': 'Enregistré',
    'ledger.included':
      'Inclus : l’entrée {index} figure dans le point de contrôle de {size} entrées ; son empreinte de feuille recalculée et sa preuve d’inclusion vérifiée dans ce navigateur.',
    'ledger.notIncluded': 'Non prouvé : {reason}',
    'ledger.notYetCovered':
      'L’entrée la plus récente n’est pas encore couverte par un point de contrôle signé.',
    'ledger.content.unchanged':
      'Inchangé : l’enregistrement tel qu’il est stocké aujourd’hui donne l’empreinte du contenu de sa dernière entrée (calculée dans ce navigateur).',
    'ledger.content.changed':
      'ALERTE : l’enregistrement tel qu’il est stocké aujourd’hui ne donne plus l’empreinte du contenu de sa dernière entrée : il a été modifié hors de Guarantor. Conservez cette page et prévenez votre coordinateur et les autres parties.',
    'ledger.content.removed':
      'ALERTE : l’enregistrement n’est plus stocké, mais sa dernière entrée l’atteste : il a été supprimé hors de Guarantor.',
    'ledger.content.columns':
      'ALERTE : les colonnes stockées {columns} ne concordent pas avec le contenu inscrit au registre : modifiées hors de Guarantor.',
    'ledger.witnesses': 'Témoins',
    'ledger.witnessParty': 'Partie',
    'ledger.witnessName': 'Clé',
    'ledger.witnessedLatest': 'A attesté le dernier point de contrôle',
    'ledger.noWitnesses': 'Aucune clé de témoin n’est enregistrée.',
  },
  uk: {
    'ledger.title': 'Перевірюваний реєстр',
    'ledger.lead':
      'Кожен запис спільного реєстру — це лист журналу Меркла, до якого можна лише додавати (RFC 9162). Ця сторінка перевіряє у вашому браузері, що журнал лише зростав від вашого останнього перегляду і що запис у ньому є.',
    'ledger.checkpoint': 'Остання контрольна точка',
    'ledger.origin': 'Журнал',
    'ledger.treeSize': 'Записів',
    'ledger.rootHash': 'Кореневий хеш',
    'ledger.issuedAt': 'Підписано',
    'ledger.note': 'Підписана нотатка (контрольна точка C2SP)',
    'ledger.cosignatures': 'Засвідчили',
    'ledger.noCosignatures': 'Жодна сторона ще не засвідчила цю контрольну точку.',
    'ledger.growth': 'Чи було переписано реєстр?',
    'ledger.growth.first':
      'Перша перевірка з цього браузера: контрольну точку з {size} записів запам’ятано. Наступний візит доведе, що журнал відтоді лише зростав.',
    'ledger.growth.unchanged':
      'Без змін від вашої останньої перевірки: ті самі {size} записів з тим самим коренем.',
    'ledger.growth.grew':
      'Узгоджено: журнал зріс з {from} до {to} записів, і жоден попередній запис не змінився (доказ узгодженості перевірено в цьому браузері).',
    'ledger.growth.rewritten':
      'УВАГА: журнал не узгоджується з контрольною точкою, яку запам’ятав цей браузер ({from} → {to} записів): {reason}. Збережіть цю сторінку та повідомте свого координатора й інші сторони.',
    'ledger.growth.checking': 'Перевірка доказу узгодженості…',
    'ledger.reason.shrunk': 'у журналі менше записів, ніж під час останнього перегляду з цього браузера',
    'ledger.reason.other-root': 'та сама кількість записів тепер має інший корінь',
    'ledger.reason.proof': 'доказ узгодженості не підтверджується ({detail})',
    'ledger.forget': 'Забути запам’ятовану контрольну точку',
    'ledger.record': 'Перевірити запис',
    'ledger.recordLead':
      'Вкажіть вид та ідентифікатор запису (наприклад agreement.clause та ідентифікатор положення): його записи буде прочитано, включення найновішого доведено в останній контрольній точці, а там, де модуль це дозволяє, запис у нинішньому збереженому вигляді буде хешовано тут і порівняно з цим записом.',
    'ledger.kind': 'Вид',
    'ledger.recordId': 'Ідентифікатор',
    'ledger.check': 'Перевірити',
    'ledger.leaves': 'Записи цього об’єкта',
    'ledger.leafIndex': 'Позиція',
    'ledger.contentHash': 'Хеш вмісту (SHA-256)',
    'ledger.recordedAt': 'Записано',
    'ledger.included':
      'Включено: запис {index} є в контрольній точці з {size} записів; хеш листа переобчислено, а доказ включення перевірено в цьому браузері.',
    'ledger.notIncluded': 'Не доведено: {reason}',
    'ledger.notYetCovered': 'Найновіший запис ще не охоплено підписаною контрольною точкою.',
    'ledger.content.unchanged':
      'Без змін: запис у його нинішньому збереженому вигляді дає хеш вмісту свого найновішого запису журналу (обчислено в цьому браузері).',
    'ledger.content.changed':
      'УВАГА: запис у його нинішньому збереженому вигляді не дає хешу вмісту свого найновішого запису журналу: його змінено поза Guarantor. Збережіть цю сторінку та повідомте свого координатора й інші сторони.',
    'ledger.content.removed':
      'УВАГА: запис більше не зберігається, але його найновіший запис журналу засвідчує його: його видалено поза Guarantor.',
    'ledger.content.columns':
      'УВАГА: збережені стовпці {columns} не узгоджуються із вмістом, внесеним до реєстру: змінено поза Guarantor.',
    'ledger.witnesses': 'Свідки',
    'ledger.witnessParty': 'Сторона',
    'ledger.witnessName': 'Ключ',
    'ledger.witnessedLatest': 'Засвідчив останню контрольну точку',
    'ledger.noWitnesses': 'Жодного ключа свідка не зареєстровано.',
  },
});

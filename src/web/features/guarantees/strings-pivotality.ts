import { defineStrings } from '../../i18n/catalogue.js';

/** Strings of the pivotality page (Shapley and Banzhaf values, breaking sets, explanations) in English, French and Ukrainian. */
export const pivotalityStrings = defineStrings({
  en: {
    'guarantees.pivotality': 'Who is pivotal',
    'guarantees.pivotalityLead':
      'Does the coalition depend on whether certain countries step up? Each party’s power to make or break a goal, in numbers.',
    'guarantees.goal': 'Goal',
    'guarantees.goalDomain': 'Domain',
    'guarantees.goalQuantity': 'Quantity required',
    'guarantees.goalSecondDomain': 'And a second domain',
    'guarantees.goalSecondQuantity': 'Quantity required in the second domain',
    'guarantees.none': 'None',
    'guarantees.byDay': 'Met by day',
    'guarantees.byDayHint': 'Days after the activation is confirmed',
    'guarantees.analyse': 'Analyse',
    'guarantees.power': 'Power per party',
    'guarantees.powerChart': 'Shapley and Banzhaf values per party, goal by day {day}',
    'guarantees.shapley': 'Shapley value',
    'guarantees.banzhaf': 'Banzhaf value',
    'guarantees.party': 'Party',
    'guarantees.methodExact': 'Exact values: every coalition of parties was counted.',
    'guarantees.methodEstimate':
      'Estimates from {samples} sampled join orders: every value is within ±{halfWidth} percentage points of the exact one with 95 % confidence (seed {seed}).',
    'guarantees.intervals': '95 % confidence intervals, in percentage points',
    'guarantees.goalUnreachable':
      'Even with every party stepping up, the goal is not met by day {day}: nobody is pivotal for a goal the coalition cannot reach.',
    'guarantees.breakingSets': 'Minimal breaking sets',
    'guarantees.noBreakingSets': 'No set of parties breaks the goal by its absence.',
    'guarantees.vetoPlayers': 'Without any one of these, the goal fails: {parties}.',
    'guarantees.breakingSetsPartial': 'Only the smallest sets were searched for; larger ones may exist.',
    'guarantees.whatNumbersMean': 'What the numbers mean',
    'guarantees.explainGoal':
      'The goal: {goal} in effect by day {day} after confirmation. A party brings what its response commitments put in effect by then.',
    'guarantees.explainShapley':
      'Shapley value: imagine the parties stepping up one by one in a random order. A party’s Shapley value is how often it is the one whose arrival makes the goal met. The values of all parties add up to 100 %.',
    'guarantees.explainExample':
      'Here {party} completes the goal in {shapley} % of the orders, and is decisive in {banzhaf} % of the possible groups of the other parties.',
    'guarantees.explainBanzhaf':
      'Banzhaf value: of all the groups the other parties could form, the share in which this party turns failure into success. It does not add up to 100 %; it measures each party’s swing on its own.',
    'guarantees.explainBreaking':
      'A minimal breaking set is a smallest group of parties whose absence alone makes the goal fail. A set of one is a party the coalition cannot do without.',
    'guarantees.explainBasis':
      'Only the commitments you may see count. Values are about this goal and these commitments, not about any party’s worth.',
  },
  fr: {
    'guarantees.pivotality': 'Qui est décisif',
    'guarantees.pivotalityLead':
      'La coalition dépend-elle de l’engagement de certains pays ? Le pouvoir de chaque partie de faire aboutir ou échouer un objectif, en chiffres.',
    'guarantees.goal': 'Objectif',
    'guarantees.goalDomain': 'Domaine',
    'guarantees.goalQuantity': 'Quantité requise',
    'guarantees.goalSecondDomain': 'Et un second domaine',
    'guarantees.goalSecondQuantity': 'Quantité requise dans le second domaine',
    'guarantees.none': 'Aucun',
    'guarantees.byDay': 'Atteint au jour',
    'guarantees.byDayHint': 'Jours après la confirmation de l’activation',
    'guarantees.analyse': 'Analyser',
    'guarantees.power': 'Pouvoir par partie',
    'guarantees.powerChart': 'Valeurs de Shapley et de Banzhaf par partie, objectif au jour {day}',
    'guarantees.shapley': 'Valeur de Shapley',
    'guarantees.banzhaf': 'Valeur de Banzhaf',
    'guarantees.party': 'Partie',
    'guarantees.methodExact': 'Valeurs exactes : toutes les coalitions de parties ont été comptées.',
    'guarantees.methodEstimate':
      'Estimations sur {samples} ordres d’arrivée tirés au hasard : chaque valeur est à ±{halfWidth} point de pourcentage de la valeur exacte avec 95 % de confiance (graine {seed}).',
    'guarantees.intervals': 'Intervalles de confiance à 95 %, en points de pourcentage',
    'guarantees.goalUnreachable':
      'Même si toutes les parties s’engagent, l’objectif n’est pas atteint au jour {day} : personne n’est décisif pour un objectif hors de portée.',
    'guarantees.breakingSets': 'Ensembles bloquants minimaux',
    'guarantees.noBreakingSets': 'Aucun ensemble de parties ne fait échouer l’objectif par son absence.',
    'guarantees.vetoPlayers': 'Sans l’une de ces parties, l’objectif échoue : {parties}.',
    'guarantees.breakingSetsPartial':
      'Seuls les plus petits ensembles ont été recherchés ; il peut en exister de plus grands.',
    'guarantees.whatNumbersMean': 'Ce que signifient les chiffres',
    'guarantees.explainGoal':
      'L’objectif : {goal} en vigueur au jour {day} après la confirmation. Une partie apporte ce que ses engagements de riposte mettent en vigueur d’ici là.',
    'guarantees.explainShapley':
      'Valeur de Shapley : imaginez les parties s’engageant l’une après l’autre dans un ordre aléatoire. La valeur de Shapley d’une partie est la fréquence à laquelle c’est son arrivée qui permet d’atteindre l’objectif. Les valeurs de toutes les parties totalisent 100 %.',
    'guarantees.explainExample':
      'Ici, {party} complète l’objectif dans {shapley} % des ordres, et est décisive dans {banzhaf} % des groupes possibles des autres parties.',
    'guarantees.explainBanzhaf':
      'Valeur de Banzhaf : parmi tous les groupes que les autres parties pourraient former, la part de ceux où cette partie change l’échec en succès. Elle ne totalise pas 100 % ; elle mesure le poids de chaque partie pris isolément.',
    'guarantees.explainBreaking':
      'Un ensemble bloquant minimal est un plus petit groupe de parties dont l’absence suffit à faire échouer l’objectif. Un ensemble d’une seule partie désigne une partie dont la coalition ne peut se passer.',
    'guarantees.explainBasis':
      'Seuls les engagements que vous pouvez voir comptent. Les valeurs portent sur cet objectif et ces engagements, non sur la valeur d’une partie.',
  },
  uk: {
    'guarantees.pivotality': 'Хто вирішальний',
    'guarantees.pivotalityLead':
      'Чи залежить коаліція від того, чи візьмуть участь певні країни? Сила кожної сторони забезпечити чи зірвати ціль — у числах.',
    'guarantees.goal': 'Ціль',
    'guarantees.goalDomain': 'Напрям',
    'guarantees.goalQuantity': 'Потрібна кількість',
    'guarantees.goalSecondDomain': 'І другий напрям',
    'guarantees.goalSecondQuantity': 'Потрібна кількість у другому напрямі',
    'guarantees.none': 'Немає',
    'guarantees.byDay': 'Досягнуто до дня',
    'guarantees.byDayHint': 'Днів після підтвердження активації',
    'guarantees.analyse': 'Проаналізувати',
    'guarantees.power': 'Сила кожної сторони',
    'guarantees.powerChart': 'Значення Шеплі й Банцафа для кожної сторони, ціль до дня {day}',
    'guarantees.shapley': 'Значення Шеплі',
    'guarantees.banzhaf': 'Значення Банцафа',
    'guarantees.party': 'Сторона',
    'guarantees.methodExact': 'Точні значення: враховано всі коаліції сторін.',
    'guarantees.methodEstimate':
      'Оцінки за {samples} випадковими порядками приєднання: кожне значення відрізняється від точного не більше ніж на ±{halfWidth} відсоткового пункту з довірою 95 % (зерно {seed}).',
    'guarantees.intervals': 'Довірчі інтервали 95 %, у відсоткових пунктах',
    'guarantees.goalUnreachable':
      'Навіть за участі всіх сторін ціль не досягнуто до дня {day}: для недосяжної цілі ніхто не є вирішальним.',
    'guarantees.breakingSets': 'Мінімальні блокувальні набори',
    'guarantees.noBreakingSets': 'Жоден набір сторін не зриває ціль своєю відсутністю.',
    'guarantees.vetoPlayers': 'Без будь-якої з цих сторін ціль зірвано: {parties}.',
    'guarantees.breakingSetsPartial': 'Шукали лише найменші набори; можуть існувати й більші.',
    'guarantees.whatNumbersMean': 'Що означають числа',
    'guarantees.explainGoal':
      'Ціль: {goal} чинні до дня {day} після підтвердження. Сторона вносить те, що її зобов’язання щодо реагування вводять у дію до того часу.',
    'guarantees.explainShapley':
      'Значення Шеплі: уявіть, що сторони приєднуються одна за одною у випадковому порядку. Значення Шеплі сторони — як часто саме її приєднання робить ціль досягнутою. Значення всіх сторін у сумі дають 100 %.',
    'guarantees.explainExample':
      'Тут {party} завершує ціль у {shapley} % порядків і є вирішальною в {banzhaf} % можливих груп інших сторін.',
    'guarantees.explainBanzhaf':
      'Значення Банцафа: з усіх груп, які можуть утворити інші сторони, частка тих, де ця сторона перетворює невдачу на успіх. У сумі не дає 100 %; воно вимірює вплив кожної сторони окремо.',
    'guarantees.explainBreaking':
      'Мінімальний блокувальний набір — найменша група сторін, сама відсутність якої зриває ціль. Набір з однієї сторони — це сторона, без якої коаліція не обійдеться.',
    'guarantees.explainBasis':
      'Враховуються лише зобов’язання, які ви можете бачити. Значення стосуються цієї цілі й цих зобов’язань, а не цінності будь-якої сторони.',
  },
});

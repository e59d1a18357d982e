// French strings of the backups (Réglages › Sauvegardes) and of the recovery screen
// shown when the database could not be opened at start.
export const backup = {
  title: 'Sauvegardes',
  help: 'Jalon sauvegarde la base chaque jour et garde les 7 dernières copies, dans un dossier qui lui est propre sous « backups », à côté de la base, réservé à votre compte. Chaque copie est vérifiée avant d’être gardée.',
  folder: 'Dossier : {{path}}',
  createNow: 'Sauvegarder maintenant',
  creating: 'Sauvegarde en cours…',
  created: 'Sauvegarde enregistrée : {{name}}.',
  empty: 'Aucune sauvegarde pour l’instant.',
  caption: 'Sauvegardes, de la plus récente à la plus ancienne',
  columns: {
    createdAt: 'Date',
    kind: 'Type',
    size: 'Taille',
    verified: 'Vérifiée',
    actions: 'Actions',
  },
  kinds: {
    auto: 'Quotidienne',
    manual: 'Manuelle',
    safety: 'Avant restauration',
  },
  verifiedYes: 'Oui',
  verifiedNo: 'Non : copie illisible',
  sizeKb: '{{size}} Ko',
  restore: 'Restaurer',
  restoreLabel: 'Restaurer la sauvegarde du {{date}}',
  adminOnly: 'Seul un administrateur peut restaurer une sauvegarde.',
  dialog: {
    title: 'Restaurer la sauvegarde du {{date}} ?',
    explanation:
      'Toutes les données de Jalon redeviennent celles de cette sauvegarde, pour tout le monde : ce qui a été fait depuis disparaît. Une copie de sécurité des données actuelles est faite juste avant. Chacun devra se reconnecter.',
    confirm: 'Restaurer',
    confirming: 'Restauration en cours…',
    cancel: 'Annuler',
    done: 'Sauvegarde restaurée. Copie de sécurité des données d’avant : {{safety}}.',
    signInAgain: 'Se reconnecter',
  },
  recovery: {
    title: 'Jalon ne peut pas ouvrir sa base de données',
    file: 'Fichier : {{path}}',
    detail: 'Détail technique : {{detail}}',
    problems: {
      missing:
        'Le fichier de la base est introuvable, alors que des sauvegardes existent : il a peut-être été déplacé ou supprimé.',
      corrupt: 'Le fichier de la base est endommagé : Jalon ne peut pas le lire sans risque.',
      read_only:
        'Le fichier de la base ou son dossier est en lecture seule : Jalon ne peut rien y enregistrer.',
      disk_full: 'Le disque est plein : Jalon ne peut rien enregistrer.',
      too_new:
        'Cette base a été écrite par une version plus récente de Jalon, que cette version ne sait pas lire.',
      cannot_open: 'Le fichier de la base ne peut pas être ouvert.',
    },
    todo: {
      missing:
        'Remettez le fichier à sa place puis redémarrez Jalon, ou restaurez la dernière sauvegarde.',
      corrupt:
        'Restaurez la dernière sauvegarde : le fichier endommagé est gardé à côté pour le support.',
      read_only:
        'Demandez au support informatique de rendre le fichier et son dossier modifiables, puis redémarrez Jalon.',
      disk_full: 'Libérez de la place sur le disque, puis redémarrez Jalon.',
      too_new: 'Installez la dernière version de Jalon pour ouvrir cette base.',
      cannot_open:
        'Vérifiez que le fichier est accessible (droits, disque réseau), puis redémarrez Jalon, ou restaurez la dernière sauvegarde.',
    },
    latest: 'Dernière sauvegarde vérifiée : {{date}} ({{name}}).',
    noBackup: 'Aucune sauvegarde vérifiée n’est disponible.',
    restore: 'Restaurer la dernière sauvegarde',
    restoring: 'Restauration en cours…',
    restored: 'Sauvegarde restaurée. Le fichier endommagé a été gardé ici : {{path}}.',
    continue: 'Continuer',
  },
} as const;

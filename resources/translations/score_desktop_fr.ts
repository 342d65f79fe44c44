<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SCORE Desktop</source>
        <translation>À propos de SCORE Desktop</translation>
    </message>
    <message>
        <source>For consultants of the ILO SCORE programme: enterprises, visits, floor plans, hazards, improvement plans and reports, offline.</source>
        <translation>Pour les consultant·e·s du programme SCORE de l&apos;OIT : entreprises, visites, plans, dangers, plans d&apos;amélioration et rapports, hors ligne.</translation>
    </message>
    <message>
        <source>unknown (the bundle&apos;s build record is missing)</source>
        <translation>inconnu (les informations de compilation de l&apos;application manquent)</translation>
    </message>
    <message>
        <source>run from source</source>
        <translation>exécuté depuis les sources</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>aucun ouvert</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <source>Versions, platform, report fonts and recent errors, for a support request. No names, paths or records.</source>
        <translation>Versions, plateforme, polices des rapports et erreurs récentes, pour une demande d&apos;assistance. Aucun nom, chemin ni enregistrement.</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into your message.</source>
        <translation>Diagnostic copié : collez-le dans votre message.</translation>
    </message>
</context>
<context>
    <name>AnswerPhotos</name>
    <message>
        <source>(damaged)</source>
        <translation>(endommagée)</translation>
    </message>
    <message>
        <source>Drop photos here to add them to this answer</source>
        <translation>Déposez des photos ici pour les ajouter à cette réponse</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>From the gallery…</source>
        <translation>Depuis la galerie…</translation>
    </message>
    <message>
        <source>Remove from answer</source>
        <translation>Retirer de la réponse</translation>
    </message>
    <message>
        <source>Photos on “%1”</source>
        <translation>Photos sur « %1 »</translation>
    </message>
</context>
<context>
    <name>Arrangement</name>
    <message>
        <source>Bring to front</source>
        <translation>Mettre au premier plan</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Mettre à l&apos;arrière-plan</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Décaler</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Aligner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
</context>
<context>
    <name>BandsDialog</name>
    <message>
        <source>Risk bands</source>
        <translation>Niveaux de risque</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (personnalisé)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Up to (score)</source>
        <translation>Jusqu&apos;à (score)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>(no limit)</source>
        <translation>(sans limite)</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <source>Factors stay those of %1; bands are checked from the top: a score up to each limit takes that band.</source>
        <translation>Les facteurs restent ceux de %1 ; les niveaux sont lus de haut en bas : un score jusqu&apos;à chaque limite prend ce niveau.</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Couleur du niveau</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>BaselinePanel</name>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>In place at baseline</source>
        <translation>En place à la référence</translation>
    </message>
    <message>
        <source>— not asked —</source>
        <translation>— non posée —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>Ajouter une question…</translation>
    </message>
    <message>
        <source>A good practice your programme asks about, for every enterprise</source>
        <translation>Une bonne pratique sur laquelle votre programme interroge chaque entreprise</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancienne</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Baseline corrections</source>
        <translation>Corrections de la référence</translation>
    </message>
    <message>
        <source>Add good-practice question</source>
        <translation>Ajouter une question de bonne pratique</translation>
    </message>
    <message>
        <source>%1 of %2 good practices in place (%3 answered).</source>
        <translation>%1 bonnes pratiques en place sur %2 (%3 réponses).</translation>
    </message>
    <message>
        <source>Baseline survey answer</source>
        <translation>Réponse à l&apos;enquête de référence</translation>
    </message>
</context>
<context>
    <name>BoxTool</name>
    <message>
        <source>Drag the footprint, or click to place a standard size; type a size first (2.5x1.2) to place that.</source>
        <translation>Faites glisser l’emprise, ou cliquez pour poser une taille standard ; tapez d’abord une taille (2,5x1,2) pour poser celle-là.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
</context>
<context>
    <name>CalibrateTool</name>
    <message>
        <source>Drag along a length you know (a wall, a door), then type it in metres.</source>
        <translation>Faites glisser le long d&apos;une longueur connue (un mur, une porte), puis saisissez-la en mètres.</translation>
    </message>
    <message>
        <source>Calibrate scale</source>
        <translation>Étalonner l&apos;échelle</translation>
    </message>
    <message>
        <source>Real length of the line, in metres:</source>
        <translation>Longueur réelle du trait, en mètres :</translation>
    </message>
    <message>
        <source>Scale set: %1 m per unit</source>
        <translation>Échelle définie : %1 m par unité</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Hazard categories</source>
        <translation>Catégories de danger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>NR-5 group</source>
        <translation>Groupe NR-5</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Double-click a colour to change it. Categories in use cannot be removed; rename them instead.</source>
        <translation>Double-cliquez sur une couleur pour la changer. Les catégories utilisées ne peuvent pas être supprimées ; renommez-les plutôt.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
</context>
<context>
    <name>CellFilter</name>
    <message>
        <source>Show the hazards of every cell (Esc)</source>
        <translation>Afficher les dangers de toutes les cases (Échap)</translation>
    </message>
    <message>
        <source>%1 %2 × %3 %4</source>
        <comment>a risk-matrix cell: factor, level, factor, level</comment>
        <translation>%1 %2 × %3 %4</translation>
    </message>
    <message>
        <source>Matrix cell filter: %1</source>
        <translation>Filtre par case de la matrice : %1</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>référence %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objectif %1</translation>
    </message>
</context>
<context>
    <name>CommentActions</name>
    <message>
        <source>Select a hazard, an EIP project, a visit or a plan to see its comments.</source>
        <translation>Sélectionnez un danger, un projet du PAE, une visite ou un plan pour voir ses commentaires.</translation>
    </message>
</context>
<context>
    <name>CommentThreadDialog</name>
    <message>
        <source>Comments — %1</source>
        <translation>Commentaires — %1</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Pas encore de commentaires.</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Écrire un commentaire…</translation>
    </message>
    <message>
        <source>&amp;Post comment</source>
        <translation>&amp;Publier le commentaire</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Écrivez d&apos;abord quelque chose.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Before and after — %1</source>
        <translation>Avant et après — %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après : %1</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Curseur</translation>
    </message>
</context>
<context>
    <name>ConflictInboxDialog</name>
    <message>
        <source>Conflict inbox</source>
        <translation>Boîte des conflits</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Version reçue</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder la version &amp;reçue</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Garder les &amp;deux</translation>
    </message>
    <message>
        <source>Two texts: mine, then theirs, as two paragraphs</source>
        <translation>Deux textes : le mien, puis le texte reçu, en deux paragraphes</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from other workspaces wait for your decision.</source>
        <translation>
            <numerusform>%n modification venue d&apos;un autre espace de travail attend votre décision.</numerusform>
            <numerusform>%n modifications venues d&apos;autres espaces de travail attendent votre décision.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts wait: every package received has been merged.</source>
        <translation>Aucun conflit en attente : tous les paquets reçus ont été fusionnés.</translation>
    </message>
    <message>
        <source>Conflict decided: kept mine</source>
        <translation>Conflit tranché : la mienne est gardée</translation>
    </message>
    <message>
        <source>Conflict decided: kept theirs</source>
        <translation>Conflit tranché : la version reçue est gardée</translation>
    </message>
    <message>
        <source>Conflict decided: kept both</source>
        <translation>Conflit tranché : les deux sont gardées</translation>
    </message>
    <message>
        <source>Here %1 already has this value, and there can only be one. Keep mine, or delete or change that one first and then keep theirs.</source>
        <translation>Ici, %1 a déjà cette valeur, et il ne peut y en avoir qu’un. Gardez le mien, ou supprimez ou modifiez d’abord celui-là, puis gardez le leur.</translation>
    </message>
    <message>
        <source>Not done: there is already another %1 for %2, and there can only be one. Choose the other side, or delete that one first.</source>
        <translation>Non effectué : il existe déjà un autre enregistrement « %1 » pour %2, et il ne peut y en avoir qu&apos;un. Choisissez l&apos;autre côté, ou supprimez d&apos;abord celui-là.</translation>
    </message>
    <message>
        <source>%1 (entered in both workspaces)</source>
        <translation>%1 (saisi dans les deux espaces de travail)</translation>
    </message>
    <message>
        <source>%1 (was used here by another record)</source>
        <translation>%1 (était utilisé ici par un autre enregistrement)</translation>
    </message>
    <message>
        <source>%1 (already used here by %2)</source>
        <translation>%1 (déjà utilisé ici par %2)</translation>
    </message>
    <message>
        <source>Deleted there, changed here</source>
        <translation>Supprimé là-bas, modifié ici</translation>
    </message>
    <message>
        <source>Deleted here, changed there</source>
        <translation>Supprimé ici, modifié là-bas</translation>
    </message>
    <message>
        <source>Deleted and restored</source>
        <translation>Supprimé et restauré</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(kept, with changes)</source>
        <translation>(conservé, avec des modifications)</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the office server</source>
        <translation>Se connecter au serveur du bureau</translation>
    </message>
    <message>
        <source>Your workspace stays on this computer and works offline; a sync sends your changes to the office server and brings your colleagues&apos; back.</source>
        <translation>Votre espace de travail reste sur cet ordinateur et fonctionne hors ligne ; une synchronisation envoie vos modifications au serveur du bureau et rapporte celles de vos collègues.</translation>
    </message>
    <message>
        <source>for example db.office.example</source>
        <translation>par exemple db.office.example</translation>
    </message>
    <message>
        <source>the login the office gave you</source>
        <translation>l&apos;identifiant donné par le bureau</translation>
    </message>
    <message>
        <source>Encrypt the connection (TLS)</source>
        <translation>Chiffrer la connexion (TLS)</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>Le mot de passe est conservé dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is not kept, and is asked for once each time SCORE Desktop starts.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau : le mot de passe n&apos;est pas conservé et sera demandé une fois à chaque démarrage de SCORE Desktop.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Connect and sync</source>
        <translation>Se connecter et synchroniser</translation>
    </message>
    <message>
        <source>The server&apos;s address is needed.</source>
        <translation>L&apos;adresse du serveur est nécessaire.</translation>
    </message>
    <message>
        <source>The database&apos;s name is needed.</source>
        <translation>Le nom de la base de données est nécessaire.</translation>
    </message>
    <message>
        <source>Your name (login) is needed.</source>
        <translation>Votre nom (identifiant) est nécessaire.</translation>
    </message>
</context>
<context>
    <name>CustomIndicatorDialog</name>
    <message>
        <source>A: one typed value</source>
        <translation>A : une valeur saisie</translation>
    </message>
    <message>
        <source>A ÷ B</source>
        <translation>A ÷ B</translation>
    </message>
    <message>
        <source>A ÷ B × 100 (%)</source>
        <translation>A ÷ B × 100 (%)</translation>
    </message>
    <message>
        <source>A ÷ B × 1,000</source>
        <translation>A ÷ B × 1 000</translation>
    </message>
    <message>
        <source>A ÷ B × 1,000,000</source>
        <translation>A ÷ B × 1 000 000</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas, c&apos;est mieux</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut, c&apos;est mieux</translation>
    </message>
    <message>
        <source>Neither (describes the enterprise)</source>
        <translation>Ni l&apos;un ni l&apos;autre (décrit l&apos;entreprise)</translation>
    </message>
    <message>
        <source>e.g. Kg of scrap copper</source>
        <translation>ex. : kg de chutes de cuivre</translation>
    </message>
    <message>
        <source>e.g. Tonnes of copper drawn</source>
        <translation>ex. : tonnes de cuivre tréfilé</translation>
    </message>
    <message>
        <source>Counted in &amp;whole numbers (people, cases…)</source>
        <translation>Compté en nombres &amp;entiers (personnes, cas…)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens :</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Formule :</translation>
    </message>
    <message>
        <source>A (typed):</source>
        <translation>A (saisi) :</translation>
    </message>
    <message>
        <source>B (typed, for a rate):</source>
        <translation>B (saisi, pour un taux) :</translation>
    </message>
    <message>
        <source>SCORE module:</source>
        <translation>Module SCORE :</translation>
    </message>
</context>
<context>
    <name>DamagedWorkspaceDialog</name>
    <message>
        <source>Damaged workspace</source>
        <translation>Espace de travail endommagé</translation>
    </message>
    <message>
        <source>Recover copies every record that can still be read into a new workspace, which takes this one&apos;s place; the damaged file is renamed and kept.</source>
        <translation>La récupération copie chaque enregistrement encore lisible dans un nouvel espace de travail, qui prend la place de celui-ci ; le fichier endommagé est renommé et conservé.</translation>
    </message>
    <message>
        <source>Recover what can be read</source>
        <translation>Récupérer ce qui peut être lu</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restaurer la sauvegarde du %1</translation>
    </message>
    <message>
        <source>There is no good backup of this workspace.</source>
        <translation>Il n&apos;existe aucune sauvegarde saine de cet espace de travail.</translation>
    </message>
    <message>
        <source>Its folder cannot be written. Copy the file to a folder you can write to, or recover it from the command line: score-desktop recover FILE NEW-FILE</source>
        <translation>Son dossier n&apos;est pas accessible en écriture. Copiez le fichier dans un dossier où vous pouvez écrire, ou récupérez-le en ligne de commande : score-desktop recover FICHIER NOUVEAU-FICHIER</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Go on without editing</source>
        <translation>Continuer sans modifier</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Decide on the plan…</source>
        <translation>Décider du plan…</translation>
    </message>
    <message>
        <source>No decision on the improvement plan yet.</source>
        <translation>Pas encore de décision sur le plan d&apos;amélioration.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Controlled</source>
        <translation>Maîtrisé</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant·e</translation>
    </message>
    <message>
        <source>Safety inspector</source>
        <translation>Inspecteur·rice de sécurité</translation>
    </message>
    <message>
        <source>Enterprise Improvement Team</source>
        <translation>Équipe d&apos;amélioration de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Workers&apos; risk mapping</source>
        <translation>Cartographie des risques par les travailleurs</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physique</translation>
    </message>
    <message>
        <source>Chemical</source>
        <translation>Chimique</translation>
    </message>
    <message>
        <source>Biological</source>
        <translation>Biologique</translation>
    </message>
    <message>
        <source>Ergonomic</source>
        <translation>Ergonomique</translation>
    </message>
    <message>
        <source>Accident / mechanical</source>
        <translation>Accident / mécanique</translation>
    </message>
    <message>
        <source>1 Elimination</source>
        <translation>1 Élimination</translation>
    </message>
    <message>
        <source>2 Substitution</source>
        <translation>2 Substitution</translation>
    </message>
    <message>
        <source>3 Engineering</source>
        <translation>3 Mesures techniques</translation>
    </message>
    <message>
        <source>4 Administrative</source>
        <translation>4 Mesures organisationnelles</translation>
    </message>
    <message>
        <source>5 PPE</source>
        <translation>5 EPI</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Risque actuel</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Risque initial</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Risque résiduel</translation>
    </message>
    <message>
        <source>Pins: current risk</source>
        <translation>Repères : risque actuel</translation>
    </message>
    <message>
        <source>Pins: initial risk</source>
        <translation>Repères : risque initial</translation>
    </message>
    <message>
        <source>Pins: residual risk (with proposed controls)</source>
        <translation>Repères : risque résiduel (avec les mesures proposées)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Point de la liste de contrôle</translation>
    </message>
    <message>
        <source>Baseline finding</source>
        <translation>Constat de la référence</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Agent·e de maîtrise</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Travailleur·se</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Re-scored</source>
        <translation>Réévalué</translation>
    </message>
    <message>
        <source>Carried on</source>
        <translation>Poursuivi</translation>
    </message>
    <message>
        <source>3 × 3 probability × consequence (Peru / Spain)</source>
        <translation>3 × 3 probabilité × conséquence (Pérou / Espagne)</translation>
    </message>
    <message>
        <source>5 × 5 likelihood × severity</source>
        <translation>5 × 5 probabilité × gravité</translation>
    </message>
    <message>
        <source>A baseline correction is kept as it was made; correct again instead.</source>
        <translation>Une correction de la référence est conservée telle quelle ; corrigez à nouveau à la place.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Une catégorie doit avoir un nom.</translation>
    </message>
    <message>
        <source>A comment has at most {limit} characters.</source>
        <translation>Un commentaire compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>A comment is written in your own name.</source>
        <translation>Un commentaire s&apos;écrit en votre propre nom.</translation>
    </message>
    <message>
        <source>A comment needs its author&apos;s name.</source>
        <translation>Un commentaire a besoin du nom de son auteur.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un commentaire a besoin d&apos;un texte.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Un coût ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A floor plan needs a name.</source>
        <translation>Un plan doit avoir un nom.</translation>
    </message>
    <message>
        <source>A formula; write the value itself.</source>
        <translation>Une formule ; écrivez la valeur elle-même.</translation>
    </message>
    <message>
        <source>A hazard needs a title.</source>
        <translation>Un danger doit avoir un titre.</translation>
    </message>
    <message>
        <source>A headcount cannot be negative.</source>
        <translation>Un effectif ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A key is needed here.</source>
        <translation>Une clé est nécessaire ici.</translation>
    </message>
    <message>
        <source>A line needs two different end points.</source>
        <translation>Un trait a besoin de deux extrémités différentes.</translation>
    </message>
    <message>
        <source>A machine or stairs needs a width and a depth.</source>
        <translation>Une machine ou un escalier a besoin d&apos;une largeur et d&apos;une profondeur.</translation>
    </message>
    <message>
        <source>A member cannot leave the team before joining it.</source>
        <translation>Un membre ne peut pas quitter l&apos;équipe avant de l&apos;avoir rejointe.</translation>
    </message>
    <message>
        <source>A method profile needs a name.</source>
        <translation>Un profil de méthode doit avoir un nom.</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation>Un nom compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>A name is needed: it is shown beside every change you make.</source>
        <translation>Un nom est nécessaire : il figure à côté de chaque modification que vous faites.</translation>
    </message>
    <message>
        <source>A pin needs both a plan and a position.</source>
        <translation>Un repère a besoin d&apos;un plan et d&apos;une position.</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>Un projet doit avoir un titre.</translation>
    </message>
    <message>
        <source>A rate needs the figure it is divided by.</source>
        <translation>Un taux a besoin du chiffre par lequel il est divisé.</translation>
    </message>
    <message>
        <source>A section needs a key, a title and items.</source>
        <translation>Une section doit avoir une clé, un titre et des points.</translation>
    </message>
    <message>
        <source>A suggested action needs its module here.</source>
        <translation>Une action suggérée a besoin de son module ici.</translation>
    </message>
    <message>
        <source>A suggested hazard needs its category here.</source>
        <translation>Un danger suggéré a besoin de sa catégorie ici.</translation>
    </message>
    <message>
        <source>A suggestion needs its text.</source>
        <translation>Une suggestion doit avoir un texte.</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>Un membre de l&apos;équipe doit avoir un nom.</translation>
    </message>
    <message>
        <source>A template is an object of fields.</source>
        <translation>Un modèle est un objet composé de champs.</translation>
    </message>
    <message>
        <source>A template needs a title (the field “title:en”).</source>
        <translation>Un modèle a besoin d’un titre (le champ « title:en »).</translation>
    </message>
    <message>
        <source>A template needs a title.</source>
        <translation>Un modèle doit avoir un titre.</translation>
    </message>
    <message>
        <source>A template needs at least one section.</source>
        <translation>Un modèle doit avoir au moins une section.</translation>
    </message>
    <message>
        <source>A text annotation needs some text.</source>
        <translation>Une annotation texte doit contenir du texte.</translation>
    </message>
    <message>
        <source>A text label needs some text.</source>
        <translation>Une étiquette texte doit contenir du texte.</translation>
    </message>
    <message>
        <source>A title is limited to {limit} characters.</source>
        <translation>Un titre est limité à {limit} caractères.</translation>
    </message>
    <message>
        <source>A verified project needs the date it was verified.</source>
        <translation>Un projet vérifié doit avoir sa date de vérification.</translation>
    </message>
    <message>
        <source>A zone is listed twice.</source>
        <translation>Une zone figure deux fois.</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>Une zone a besoin d&apos;au moins trois sommets.</translation>
    </message>
    <message>
        <source>A {kind} needs {needed} points, not {count}.</source>
        <translation>Un(e) {kind} a besoin de {needed} points, pas {count}.</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Almost never</source>
        <translation>Presque jamais</translation>
    </message>
    <message>
        <source>An annotation must lie on the photo.</source>
        <translation>Une annotation doit se trouver sur la photo.</translation>
    </message>
    <message>
        <source>An enterprise needs a name.</source>
        <translation>Une entreprise doit avoir un nom.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>Un indicateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>An item is an object of fields.</source>
        <translation>Un point est un objet composé de champs.</translation>
    </message>
    <message>
        <source>An organisation has at most {limit} characters.</source>
        <translation>Une organisation compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>Annotation text is limited to {limit} characters.</source>
        <translation>Le texte d&apos;une annotation est limité à {limit} caractères.</translation>
    </message>
    <message>
        <source>Attention indicated</source>
        <translation>Attention indiquée</translation>
    </message>
    <message>
        <source>Attention needed</source>
        <translation>Attention nécessaire</translation>
    </message>
    <message>
        <source>Band limits must increase from band to band.</source>
        <translation>Les limites doivent augmenter d&apos;un niveau au suivant.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>COVID-19 / infection</source>
        <translation>COVID-19 / infection</translation>
    </message>
    <message>
        <source>COVID-19 Safety &amp; Health</source>
        <translation>Sécurité et santé face à la COVID-19</translation>
    </message>
    <message>
        <source>Catastrophe (many deaths)</source>
        <translation>Catastrophe (nombreux décès)</translation>
    </message>
    <message>
        <source>Catastrophic (death)</source>
        <translation>Catastrophique (décès)</translation>
    </message>
    <message>
        <source>Choose the SCORE module this visit belongs to.</source>
        <translation>Choisissez le module SCORE auquel appartient cette visite.</translation>
    </message>
    <message>
        <source>Clean Production</source>
        <translation>Production plus propre</translation>
    </message>
    <message>
        <source>Click two different points to calibrate.</source>
        <translation>Cliquez sur deux points différents pour étalonner.</translation>
    </message>
    <message>
        <source>Conceivable but very unlikely</source>
        <translation>Concevable mais très improbable</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Conséquence</translation>
    </message>
    <message>
        <source>Consider stopping the activity</source>
        <translation>Envisager d&apos;arrêter l&apos;activité</translation>
    </message>
    <message>
        <source>Constantly</source>
        <translation>En permanence</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Correction required</source>
        <translation>Correction requise</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Disaster (several deaths)</source>
        <translation>Désastre (plusieurs décès)</translation>
    </message>
    <message>
        <source>Do not start work until reduced</source>
        <translation>Ne pas commencer le travail avant de l&apos;avoir réduit</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Électrique</translation>
    </message>
    <message>
        <source>Exposed workers cannot be negative.</source>
        <translation>Le nombre de personnes exposées ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Extra visit</source>
        <translation>Visite supplémentaire</translation>
    </message>
    <message>
        <source>Extremely harmful</source>
        <translation>Extrêmement nocif</translation>
    </message>
    <message>
        <source>Fine-Kinney (P × E × C)</source>
        <translation>Fine-Kinney (P × E × C)</translation>
    </message>
    <message>
        <source>Fire &amp; explosion</source>
        <translation>Incendie et explosion</translation>
    </message>
    <message>
        <source>Follow-up 1</source>
        <translation>Suivi 1</translation>
    </message>
    <message>
        <source>Follow-up 2</source>
        <translation>Suivi 2</translation>
    </message>
    <message>
        <source>Follow-up 3</source>
        <translation>Suivi 3</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Frequent (daily)</source>
        <translation>Fréquente (quotidienne)</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>Égalité femmes-hommes</translation>
    </message>
    <message>
        <source>Harmful</source>
        <translation>Nocif</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Human Resource Management</source>
        <translation>Gestion des ressources humaines</translation>
    </message>
    <message>
        <source>Immediate correction</source>
        <translation>Correction immédiate</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Important (lost time)</source>
        <translation>Important (arrêt de travail)</translation>
    </message>
    <message>
        <source>In review mode only photos taken after an improvement can be added.</source>
        <translation>En mode revue, seules les photos prises après une amélioration peuvent être ajoutées.</translation>
    </message>
    <message>
        <source>In review mode you can change the status and the after photo of your projects only.</source>
        <translation>En mode revue, vous ne pouvez changer que le statut et la photo après de vos projets.</translation>
    </message>
    <message>
        <source>In review mode you can update only the projects you are responsible for.</source>
        <translation>En mode revue, vous ne pouvez mettre à jour que les projets dont vous êtes responsable.</translation>
    </message>
    <message>
        <source>Intake / baseline</source>
        <translation>Visite initiale / référence</translation>
    </message>
    <message>
        <source>Intolerable</source>
        <translation>Intolérable</translation>
    </message>
    <message>
        <source>Item key “{key}” is missing, malformed or used twice.</source>
        <translation>La clé de point « {key} » manque, est mal formée ou est utilisée deux fois.</translation>
    </message>
    <message>
        <source>Item “{key}” depends on “{other}”, which is not an earlier item.</source>
        <translation>Le point « {key} » dépend de « {other} », qui n&apos;est pas un point précédent.</translation>
    </message>
    <message>
        <source>Item “{key}” has no text (the columns “text:…”).</source>
        <translation>Le point « {key} » n’a pas de texte (les colonnes « text:… »).</translation>
    </message>
    <message>
        <source>Item “{key}” has no text.</source>
        <translation>Le point « {key} » n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>Item “{key}”: likelihood and severity are from 1 to 5.</source>
        <translation>Point « {key} » : la probabilité et la gravité vont de 1 à 5.</translation>
    </message>
    <message>
        <source>Keep controls; periodic checks</source>
        <translation>Maintenir les mesures ; vérifications périodiques</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Major (permanent disability)</source>
        <translation>Majeur (invalidité permanente)</translation>
    </message>
    <message>
        <source>May well be expected</source>
        <translation>Tout à fait prévisible</translation>
    </message>
    <message>
        <source>Mechanical / machinery</source>
        <translation>Mécanique / machines</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Moderate (lost time)</source>
        <translation>Modéré (arrêt de travail)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Monitor; routine controls</source>
        <translation>Surveiller ; mesures habituelles</translation>
    </message>
    <message>
        <source>Monthly figure</source>
        <translation>Valeur mensuelle</translation>
    </message>
    <message>
        <source>Name the figure that is typed each month.</source>
        <translation>Nommez le chiffre saisi chaque mois.</translation>
    </message>
    <message>
        <source>Negligible (first aid)</source>
        <translation>Négligeable (premiers soins)</translation>
    </message>
    <message>
        <source>No specific action</source>
        <translation>Aucune action particulière</translation>
    </message>
    <message>
        <source>Not a text, number or yes/no.</source>
        <translation>Ce n’est ni un texte, ni un nombre, ni oui/non.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Not very often</source>
        <translation>Pas très souvent</translation>
    </message>
    <message>
        <source>Not very severe</source>
        <translation>Peu grave</translation>
    </message>
    <message>
        <source>Noticeable (first aid)</source>
        <translation>Notable (premiers soins)</translation>
    </message>
    <message>
        <source>Occasional (weekly)</source>
        <translation>Occasionnelle (hebdomadaire)</translation>
    </message>
    <message>
        <source>Occupational Safety and Health</source>
        <translation>Sécurité et santé au travail</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>Souvent</translation>
    </message>
    <message>
        <source>OiRA French (F × S)</source>
        <translation>OiRA français (F × G)</translation>
    </message>
    <message>
        <source>OiRA Kinney (P × F × S)</source>
        <translation>OiRA Kinney (P × F × G)</translation>
    </message>
    <message>
        <source>Only remotely possible</source>
        <translation>Possible mais peu probable</translation>
    </message>
    <message>
        <source>Only the last band may be open-ended, and it must be.</source>
        <translation>Seul le dernier niveau peut être sans limite, et il doit l&apos;être.</translation>
    </message>
    <message>
        <source>Physical: heat</source>
        <translation>Physique : chaleur</translation>
    </message>
    <message>
        <source>Physical: lighting</source>
        <translation>Physique : éclairage</translation>
    </message>
    <message>
        <source>Physical: noise</source>
        <translation>Physique : bruit</translation>
    </message>
    <message>
        <source>Physical: radiation</source>
        <translation>Physique : rayonnements</translation>
    </message>
    <message>
        <source>Physical: vibration</source>
        <translation>Physique : vibrations</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Practically impossible</source>
        <translation>Pratiquement impossible</translation>
    </message>
    <message>
        <source>Priority action; management attention</source>
        <translation>Action prioritaire ; attention de la direction</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>Quality Management</source>
        <translation>Gestion de la qualité</translation>
    </message>
    <message>
        <source>Quite possible</source>
        <translation>Tout à fait possible</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>Rare</translation>
    </message>
    <message>
        <source>Rare (a few times a year)</source>
        <translation>Rare (quelques fois par an)</translation>
    </message>
    <message>
        <source>Reduce the risk within a set time</source>
        <translation>Réduire le risque dans un délai fixé</translation>
    </message>
    <message>
        <source>Regularly</source>
        <translation>Régulièrement</translation>
    </message>
    <message>
        <source>Say what should change: the consultant reads the reason.</source>
        <translation>Dites ce qui doit changer : le consultant lit la raison.</translation>
    </message>
    <message>
        <source>Say who you are first (Preferences).</source>
        <translation>Dites d&apos;abord qui vous êtes (Préférences).</translation>
    </message>
    <message>
        <source>Section key “{key}” is missing, malformed or used twice.</source>
        <translation>La clé de section « {key} » manque, est mal formée ou est utilisée deux fois.</translation>
    </message>
    <message>
        <source>Section “{key}” has no items.</source>
        <translation>La section « {key} » n’a aucun point.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Serious (permanent harm)</source>
        <translation>Grave (séquelles permanentes)</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: {problem}</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne {column} : {problem}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: {problem}</source>
        <translation>Feuille « {sheet} », ligne {row} : {problem}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {problem}</source>
        <translation>Feuille « {sheet} » : {problem}</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Significatif</translation>
    </message>
    <message>
        <source>Slightly harmful</source>
        <translation>Légèrement nocif</translation>
    </message>
    <message>
        <source>Slips, trips &amp; falls</source>
        <translation>Glissades, trébuchements et chutes</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Petit</translation>
    </message>
    <message>
        <source>Specific controls; review</source>
        <translation>Mesures spécifiques ; réexamen</translation>
    </message>
    <message>
        <source>Stop work until the risk is reduced</source>
        <translation>Arrêter le travail jusqu&apos;à la réduction du risque</translation>
    </message>
    <message>
        <source>Stop work; forbidden until reduced</source>
        <translation>Arrêter le travail ; interdit jusqu&apos;à réduction</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Substantiel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Template format {format} is not known.</source>
        <translation>Le format de modèle {format} n&apos;est pas reconnu.</translation>
    </message>
    <message>
        <source>The checklist suggests a hazard category this workspace lacks.</source>
        <translation>La liste de contrôle propose une catégorie de danger absente de cet espace de travail.</translation>
    </message>
    <message>
        <source>The column “{header}” is there twice.</source>
        <translation>La colonne « {header} » figure deux fois.</translation>
    </message>
    <message>
        <source>The column “{name}” is missing.</source>
        <translation>La colonne « {name} » manque.</translation>
    </message>
    <message>
        <source>The due date is before the start date.</source>
        <translation>L&apos;échéance est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>The field “code” is missing.</source>
        <translation>Le champ « code » manque.</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook ({why}).</source>
        <translation>Le fichier n’est pas un classeur XLSX ({why}).</translation>
    </message>
    <message>
        <source>The file {why}</source>
        <translation>Le fichier {why}</translation>
    </message>
    <message>
        <source>The grid size must be more than zero.</source>
        <translation>La taille de la grille doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The item key “{key}” is used twice.</source>
        <translation>La clé de point « {key} » est utilisée deux fois.</translation>
    </message>
    <message>
        <source>The multiplier must be positive.</source>
        <translation>Le multiplicateur doit être positif.</translation>
    </message>
    <message>
        <source>The next visit cannot be before this visit.</source>
        <translation>La prochaine visite ne peut pas précéder cette visite.</translation>
    </message>
    <message>
        <source>The real distance must be more than zero.</source>
        <translation>La distance réelle doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The scale must be a positive number.</source>
        <translation>L&apos;échelle doit être un nombre positif.</translation>
    </message>
    <message>
        <source>The section has no title.</source>
        <translation>La section n’a pas de titre.</translation>
    </message>
    <message>
        <source>The section key “{key}” is used twice.</source>
        <translation>La clé de section « {key} » est utilisée deux fois.</translation>
    </message>
    <message>
        <source>The shape has no area (its corners are in a line).</source>
        <translation>La forme n&apos;a pas de surface (ses sommets sont alignés).</translation>
    </message>
    <message>
        <source>The symbol is one or two characters.</source>
        <translation>Le symbole compte un ou deux caractères.</translation>
    </message>
    <message>
        <source>The text {problem}</source>
        <translation>Le texte {problem}</translation>
    </message>
    <message>
        <source>The version is a whole number from 1.</source>
        <translation>La version est un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{sheet}” (a template has the sheets {sheets}).</source>
        <translation>Le classeur n’a pas de feuille « {sheet} » (un modèle a les feuilles {sheets}).</translation>
    </message>
    <message>
        <source>This app reads template format {format}.</source>
        <translation>Cette application lit le format de modèle {format}.</translation>
    </message>
    <message>
        <source>This item is placed at one point.</source>
        <translation>Cet élément se place en un point.</translation>
    </message>
    <message>
        <source>Tolerable</source>
        <translation>Tolérable</translation>
    </message>
    <message>
        <source>Transport / forklift</source>
        <translation>Transport / chariot élévateur</translation>
    </message>
    <message>
        <source>Trivial</source>
        <translation>Trivial</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <source>Unusual (monthly)</source>
        <translation>Inhabituelle (mensuelle)</translation>
    </message>
    <message>
        <source>Unusual but possible</source>
        <translation>Inhabituel mais possible</translation>
    </message>
    <message>
        <source>Version {version} of “{code}” is already in the workspace with other content; give this one version {next} in the sheet “Template”.</source>
        <translation>La version {version} de « {code} » est déjà dans l’espace de travail avec un autre contenu ; donnez à celle-ci la version {next} dans la feuille « Template ».</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Très élevé</translation>
    </message>
    <message>
        <source>Very likely / almost certain</source>
        <translation>Très probable / presque certain</translation>
    </message>
    <message>
        <source>Very often / regularly</source>
        <translation>Très souvent / régulièrement</translation>
    </message>
    <message>
        <source>Very rare (yearly)</source>
        <translation>Très rare (annuelle)</translation>
    </message>
    <message>
        <source>Very serious (one death)</source>
        <translation>Très grave (un décès)</translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation>Très grave</translation>
    </message>
    <message>
        <source>Very unlikely / rare</source>
        <translation>Très improbable / rare</translation>
    </message>
    <message>
        <source>Virtually impossible</source>
        <translation>Quasiment impossible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>Femmes et hommes</translation>
    </message>
    <message>
        <source>Worker counts cannot be negative.</source>
        <translation>Le nombre de travailleurs ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Workplace Cooperation</source>
        <translation>Coopération sur le lieu de travail</translation>
    </message>
    <message>
        <source>Year-after visit</source>
        <translation>Visite un an après</translation>
    </message>
    <message>
        <source>You work in review mode (enterprise manager): records are read-only; comments, your projects&apos; status and the decision on the plan can be changed.</source>
        <translation>Vous travaillez en mode revue (responsable de l&apos;entreprise) : les données sont en lecture seule ; les commentaires, le statut de vos projets et la décision sur le plan peuvent être changés.</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>un caractère NUL</translation>
    </message>
    <message>
        <source>a code that is not a character</source>
        <translation>un code qui n&apos;est pas un caractère</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un caractère de contrôle</translation>
    </message>
    <message>
        <source>half of a character pair</source>
        <translation>la moitié d&apos;une paire de caractères</translation>
    </message>
    <message>
        <source>holds {what} (U+{code}, character {position}) that cannot be stored; remove it.</source>
        <translation>contient {what} (U+{code}, caractère {position}) qui ne peut pas être enregistré ; supprimez-le.</translation>
    </message>
    <message>
        <source>{factor} must be one of {allowed}, not {value}.</source>
        <translation>{factor} doit valoir l&apos;un de {allowed}, pas {value}.</translation>
    </message>
    <message>
        <source>{factor}: choose a rating.</source>
        <translation>{factor} : choisissez une note.</translation>
    </message>
    <message>
        <source>{indicator} would be {result} %: {top} exceeds {bottom}.</source>
        <translation>{indicator} vaudrait {result} % : {top} dépasse {bottom}.</translation>
    </message>
    <message>
        <source>{input} is zero: {indicator} is undefined.</source>
        <translation>{input} vaut zéro : {indicator} n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>{letter} ({name})</source>
        <translation>{letter} ({name})</translation>
    </message>
    <message>
        <source>{method} has no factor {factor}.</source>
        <translation>{method} n&apos;a pas de facteur {factor}.</translation>
    </message>
    <message>
        <source>{month} has not happened yet.</source>
        <translation>{month} n&apos;est pas encore arrivé.</translation>
    </message>
    <message>
        <source>{month} is before the engagement began ({first}).</source>
        <translation>{month} précède le début de l&apos;accompagnement ({first}).</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>“{category_code}” is not a hazard category.</source>
        <translation>« {category_code} » n&apos;est pas une catégorie de danger.</translation>
    </message>
    <message>
        <source>“{category}” is not a hazard category.</source>
        <translation>« {category} » n&apos;est pas une catégorie de danger.</translation>
    </message>
    <message>
        <source>“{code}” is not a template code.</source>
        <translation>« {code} » n&apos;est pas un code de modèle.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour like #2E86C1.</source>
        <translation>« {colour} » n&apos;est pas une couleur comme #2E86C1.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour like #E53935.</source>
        <translation>« {colour} » n&apos;est pas une couleur comme #E53935.</translation>
    </message>
    <message>
        <source>“{currency}” is not a currency code like CNY or USD.</source>
        <translation>« {currency} » n&apos;est pas un code de devise comme CNY ou USD.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>« {email} » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>“{fill}” is not a colour like #A0C4E8.</source>
        <translation>« {fill} » n&apos;est pas une couleur comme #A0C4E8.</translation>
    </message>
    <message>
        <source>“{header}” is not a column of this sheet.</source>
        <translation>« {header} » n’est pas une colonne de cette feuille.</translation>
    </message>
    <message>
        <source>“{key}” is not a key: letters, digits, . _ - (up to 40), starting with a letter or digit.</source>
        <translation>« {key} » n’est pas une clé : lettres, chiffres, . _ - (40 au plus), commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>“{key}” is not a section of the sheet “Sections”.</source>
        <translation>« {key} » n’est pas une section de la feuille « Sections ».</translation>
    </message>
    <message>
        <source>“{level}” is not a level of control ({levels}).</source>
        <translation>« {level} » n’est pas un niveau de maîtrise ({levels}).</translation>
    </message>
    <message>
        <source>“{level}” is not a level of control.</source>
        <translation>« {level} » n&apos;est pas un niveau de la hiérarchie des mesures.</translation>
    </message>
    <message>
        <source>“{name}” is missing.</source>
        <translation>« {name} » manque.</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a template.</source>
        <translation>« {name} » n’est pas un champ de modèle.</translation>
    </message>
    <message>
        <source>“{name}” is not a text by language.</source>
        <translation>« {name} » n&apos;est pas un texte par langue.</translation>
    </message>
    <message>
        <source>“{name}” is not a whole number.</source>
        <translation>« {name} » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“{name}” is there twice.</source>
        <translation>« {name} » figure deux fois.</translation>
    </message>
    <message>
        <source>“{nr5_group}” is not an NR-5 group.</source>
        <translation>« {nr5_group} » n&apos;est pas un groupe NR-5.</translation>
    </message>
    <message>
        <source>“{other}” is not an earlier item (an item can depend only on items before it).</source>
        <translation>« {other} » n’est pas un point précédent (un point ne peut dépendre que des points qui le précèdent).</translation>
    </message>
    <message>
        <source>“{text}” can only use =.</source>
        <translation>« {text} » ne peut utiliser que =.</translation>
    </message>
    <message>
        <source>“{text}” is not a condition like A3=yes.</source>
        <translation>« {text} » n&apos;est pas une condition du type A3=yes.</translation>
    </message>
    <message>
        <source>“{text}” needs workers&gt;=N or workers&lt;N.</source>
        <translation>« {text} » doit être de la forme workers&gt;=N ou workers&lt;N.</translation>
    </message>
    <message>
        <source>“{text}”: an answer is one of yes, no, not_applicable, not_checked.</source>
        <translation>« {text} » : une réponse est yes, no, not_applicable ou not_checked.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number from {low} to {high}.</source>
        <translation>« {value} » n’est pas un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no.</source>
        <translation>« {value} » n’est ni oui ni non.</translation>
    </message>
</context>
<context>
    <name>DxfFiles</name>
    <message>
        <source>Import CAD drawing</source>
        <translation>Importer un dessin CAO</translation>
    </message>
    <message>
        <source>CAD drawings (*.dxf);;All files (*)</source>
        <translation>Dessins CAO (*.dxf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Drawing the layers of %1</source>
        <translation>Dessin des calques de %1</translation>
    </message>
    <message>
        <source>CAD drawing placed at its true size (1 pixel = %1 cm); traced items keep theirs.</source>
        <translation>Dessin CAO placé à sa taille réelle (1 pixel = %1 cm) ; les éléments tracés gardent la leur.</translation>
    </message>
    <message>
        <source>Not drawn: %1.</source>
        <translation>Non dessiné : %1.</translation>
    </message>
    <message>
        <source>Export as DXF</source>
        <translation>Exporter en DXF</translation>
    </message>
    <message>
        <source>CAD drawings (*.dxf)</source>
        <translation>Dessins CAO (*.dxf)</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>Plan written: %1</source>
        <translation>Plan enregistré : %1</translation>
    </message>
</context>
<context>
    <name>DxfLayerDialog</name>
    <message>
        <source>Layers of %1</source>
        <translation>Calques de %1</translation>
    </message>
    <message>
        <source>Units: %1, so the drawing is placed at its true size.</source>
        <translation>Unités : %1, le dessin est donc placé à sa taille réelle.</translation>
    </message>
    <message>
        <source>The drawing states no units; it is read as millimetres. Measure a known distance after importing and calibrate with K if it is off.</source>
        <translation>Le dessin n’indique pas d’unités ; il est lu en millimètres. Après l’import, mesurez une distance connue et étalonnez avec K si elle est fausse.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n élément)</numerusform>
            <numerusform>%1 (%n éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not drawn (kinds this import does not read): %1</source>
        <translation>Non dessiné (types que cet import ne lit pas) : %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>EditorMenus</name>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Mettre au premier plan</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Mettre à l&apos;arrière-plan</translation>
    </message>
    <message>
        <source>Align left edges</source>
        <translation>Aligner les bords gauches</translation>
    </message>
    <message>
        <source>Align top edges</source>
        <translation>Aligner les bords supérieurs</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Fit plan</source>
        <translation>Ajuster le plan</translation>
    </message>
    <message>
        <source>Zoom 100 %</source>
        <translation>Zoom 100 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Show grid</source>
        <translation>Afficher la grille</translation>
    </message>
    <message>
        <source>Show legend</source>
        <translation>Afficher la légende</translation>
    </message>
    <message>
        <source>Legend: title only</source>
        <translation>Légende : titre seul</translation>
    </message>
    <message>
        <source>Show hazard register</source>
        <translation>Afficher le registre des dangers</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fond</translation>
    </message>
    <message>
        <source>Structure (walls, doors, exits)</source>
        <translation>Structure (murs, portes, issues)</translation>
    </message>
    <message>
        <source>Zones and areas</source>
        <translation>Zones et espaces</translation>
    </message>
    <message>
        <source>Equipment and safety points</source>
        <translation>Équipements et points de sécurité</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Hazard pins</source>
        <translation>Repères de danger</translation>
    </message>
    <message>
        <source>Photo pins</source>
        <translation>Repères photo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Import background…</source>
        <translation>Importer un fond…</translation>
    </message>
    <message>
        <source>Import CAD drawing (DXF)…</source>
        <translation>Importer un dessin CAO (DXF)…</translation>
    </message>
    <message>
        <source>A DXF drawing as the background at its true size, layers chosen</source>
        <translation>Un dessin DXF en arrière-plan à sa taille réelle, calques au choix</translation>
    </message>
    <message>
        <source>Remove background</source>
        <translation>Retirer le fond</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Export as DXF…</source>
        <translation>Exporter en DXF…</translation>
    </message>
    <message>
        <source>The traced plan for CAD tools, in metres, a layer per kind</source>
        <translation>Le plan tracé pour les logiciels de CAO, en mètres, un calque par type</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>New enterprise</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>Edit enterprise</source>
        <translation>Modifier l&apos;entreprise</translation>
    </message>
    <message>
        <source>An enterprise needs a name.</source>
        <translation>Une entreprise doit avoir un nom.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>L&apos;adresse e-mail n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Total: %1 people, %2 % women</source>
        <translation>Total : %1 personnes, %2 % de femmes</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Registered or usual name</source>
        <translation>Nom officiel ou usuel</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Produits :</translation>
    </message>
    <message>
        <source>Main products or services</source>
        <translation>Principaux produits ou services</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Region / city:</source>
        <translation>&amp;Région / ville :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Main &amp;buyers:</source>
        <translation>&amp;Principaux acheteurs :</translation>
    </message>
    <message>
        <source>Brands, buyers or supply chain</source>
        <translation>Marques, acheteurs ou chaîne d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>ISO code, e.g. CNY; empty: from the country</source>
        <translation>Code ISO, ex. : CNY ; vide : selon le pays</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>Personne à c&amp;ontacter :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Workforce by sex</source>
        <translation>Effectif par sexe</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Travailleurs :</translation>
    </message>
    <message>
        <source>&amp;Managers:</source>
        <translation>&amp;Encadrement :</translation>
    </message>
    <message>
        <source>A trade &amp;union is present</source>
        <translation>Un &amp;syndicat est présent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>EnterprisePanel</name>
    <message>
        <source>Select an enterprise, or add one with Ctrl+N.</source>
        <translation>Sélectionnez une entreprise, ou ajoutez-en une avec Ctrl+N.</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Secteur :</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <source>Workforce:</source>
        <translation>Effectif :</translation>
    </message>
    <message>
        <source>Main buyers:</source>
        <translation>Principaux acheteurs :</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Compte rendu :</translation>
    </message>
    <message>
        <source>Select a visit to read its record.</source>
        <translation>Sélectionnez une visite pour lire son compte rendu.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Floor plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>Compte rendu de visite</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>▲ Visits · %1 ▼</source>
        <translation>▲ Visites · %1 ▼</translation>
    </message>
    <message>
        <source>Drag to give the visits or the %1 more room</source>
        <translation>Faites glisser pour donner plus de place aux visites ou à %1</translation>
    </message>
    <message>
        <source>%1 workers (%2 women, %3 men), %4 managers (%5 women, %6 men); %7 % women</source>
        <translation>%1 travailleurs (%2 femmes, %3 hommes), %4 cadres (%5 femmes, %6 hommes) ; %7 % de femmes</translation>
    </message>
    <message>
        <source>trade union present</source>
        <translation>syndicat présent</translation>
    </message>
    <message>
        <source>created %1 by %2</source>
        <translation>créé le %1 par %2</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé le %1</translation>
    </message>
    <message>
        <source>last changed %1 by %2</source>
        <translation>dernière modification le %1 par %2</translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>dernière modification le %1</translation>
    </message>
    <message>
        <source>(Edit ▸ History…)</source>
        <translation>(Édition ▸ Historique…)</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>Consultant·e : %1</translation>
    </message>
    <message>
        <source>Safety inspector: %1</source>
        <translation>Inspecteur·rice de sécurité : %1</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Participants : %1</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Prochaines étapes convenues</translation>
    </message>
    <message>
        <source>Next visit: %1</source>
        <translation>Prochaine visite : %1</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflit à trancher</numerusform>
            <numerusform>%n conflits à trancher</numerusform>
        </translation>
    </message>
    <message>
        <source>SCORE Desktop user</source>
        <translation>Utilisateur·rice de SCORE Desktop</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>Package written: %1 (%2 records, %3 photos and images, %4)</source>
        <translation>Paquet écrit : %1 (%2 enregistrements, %3 photos et images, %4)</translation>
    </message>
    <message>
        <source>Checking and merging %1…</source>
        <translation>Vérification et fusion de %1…</translation>
    </message>
    <message>
        <source>Package received</source>
        <translation>Paquet reçu</translation>
    </message>
    <message>
        <source>This package was received before: nothing changed.</source>
        <translation>Ce paquet a déjà été reçu : rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>un expéditeur sans nom</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n enregistrement ajouté</numerusform>
            <numerusform>%n enregistrements ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) merged</source>
        <translation>
            <numerusform>%n enregistrement fusionné</numerusform>
            <numerusform>%n enregistrements fusionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n enregistrement supprimé</numerusform>
            <numerusform>%n enregistrements supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored</source>
        <translation>
            <numerusform>%n enregistrement restauré</numerusform>
            <numerusform>%n enregistrements restaurés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied</source>
        <translation>
            <numerusform>%n photo copiée</numerusform>
            <numerusform>%n photos copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) already here, not copied again</source>
        <translation>
            <numerusform>%n photo déjà présente, non recopiée</numerusform>
            <numerusform>%n photos déjà présentes, non recopiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left in the conflict inbox</source>
        <translation>
            <numerusform>%n modification laissée dans la boîte des conflits</numerusform>
            <numerusform>%n modifications laissées dans la boîte des conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: every change in it was already here.</source>
        <translation>Rien de nouveau : chaque modification qu&apos;il contient était déjà ici.</translation>
    </message>
    <message>
        <source>Open the conflict &amp;inbox</source>
        <translation>Ouvrir la &amp;boîte des conflits</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sending cancelled: no file was written.</source>
        <translation>Envoi annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message numerus="yes">
        <source>%n character(s) that the file cannot hold (control characters) were written as �.</source>
        <translation>
            <numerusform>%n caractère que le fichier ne peut pas contenir (caractère de contrôle) a été écrit �.</numerusform>
            <numerusform>%n caractères que le fichier ne peut pas contenir (caractères de contrôle) ont été écrits �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than a spreadsheet cell holds (32,767 characters) were cut, ending in “…”.</source>
        <translation>
            <numerusform>%n cellule plus longue que ce qu&apos;admet une cellule de tableur (32 767 caractères) a été coupée et se termine par « … ».</numerusform>
            <numerusform>%n cellules plus longues que ce qu&apos;admet une cellule de tableur (32 767 caractères) ont été coupées et se terminent par « … ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>FloorPlanScene</name>
    <message>
        <source>The stored background image cannot be read.</source>
        <translation>L&apos;image de fond enregistrée est illisible.</translation>
    </message>
    <message>
        <source>Move %1 item(s)</source>
        <translation>Déplacer %1 élément(s)</translation>
    </message>
    <message>
        <source>Move background</source>
        <translation>Déplacer le fond</translation>
    </message>
</context>
<context>
    <name>GalleryChooser</name>
    <message>
        <source>Photos from the gallery</source>
        <translation>Photos de la galerie</translation>
    </message>
</context>
<context>
    <name>HazardDialog</name>
    <message>
        <source>Edit hazard H%1: %2</source>
        <translation>Modifier le danger H%1 : %2</translation>
    </message>
    <message>
        <source>New hazard</source>
        <translation>Nouveau danger</translation>
    </message>
    <message>
        <source>Edit hazard</source>
        <translation>Modifier le danger</translation>
    </message>
    <message>
        <source>— (not on a zone)</source>
        <translation>— (hors zone)</translation>
    </message>
    <message>
        <source>Proposed control</source>
        <translation>Mesure proposée</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Add control</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Remove control</source>
        <translation>Retirer la mesure</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone :</translation>
    </message>
    <message>
        <source>&amp;Source (machine, substance, task):</source>
        <translation>&amp;Source (machine, substance, tâche) :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>women</source>
        <translation>femmes</translation>
    </message>
    <message>
        <source>men</source>
        <translation>hommes</translation>
    </message>
    <message>
        <source>Exposed workers:</source>
        <translation>Personnes exposées :</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Poste :</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Méthode : %1</translation>
    </message>
    <message>
        <source>Existing controls and initial risk</source>
        <translation>Mesures existantes et risque initial</translation>
    </message>
    <message>
        <source>Existing controls:</source>
        <translation>Mesures existantes :</translation>
    </message>
    <message>
        <source>Proposed controls (hierarchy of controls)</source>
        <translation>Mesures proposées (hiérarchie des mesures)</translation>
    </message>
    <message>
        <source>Residual risk (with the proposed controls)</source>
        <translation>Risque résiduel (avec les mesures proposées)</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Identified by:</source>
        <translation>Identifié par :</translation>
    </message>
    <message>
        <source>Identified on visit:</source>
        <translation>Identifié lors de la visite :</translation>
    </message>
    <message>
        <source>&amp;Legal reference:</source>
        <translation>Référence &amp;juridique :</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Risk and controls</source>
        <translation>Risque et mesures</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Rate every factor of the initial risk, or none.</source>
        <translation>Évaluez tous les facteurs du risque initial, ou aucun.</translation>
    </message>
    <message>
        <source>Rate every factor of the residual risk, or none.</source>
        <translation>Évaluez tous les facteurs du risque résiduel, ou aucun.</translation>
    </message>
</context>
<context>
    <name>HazardEditing</name>
    <message>
        <source>Edit hazard</source>
        <translation>Modifier le danger</translation>
    </message>
    <message>
        <source>Pin hazard</source>
        <translation>Placer le danger</translation>
    </message>
    <message>
        <source>Click on the plan where this hazard is.</source>
        <translation>Cliquez sur le plan à l&apos;endroit du danger.</translation>
    </message>
    <message>
        <source>Duplicate hazards (%1)</source>
        <translation>Dupliquer les dangers (%1)</translation>
    </message>
</context>
<context>
    <name>HazardFollowUp</name>
    <message>
        <source>“%1” is done.</source>
        <translation>« %1 » est terminé.</translation>
    </message>
    <message numerus="yes">
        <source>Are the controls of its %n hazard(s) in place?</source>
        <translation>
            <numerusform>Les mesures de maîtrise de son %n danger sont-elles en place ?</numerusform>
            <numerusform>Les mesures de maîtrise de ses %n dangers sont-elles en place ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes marks them controlled (one step to undo); No saves the project.</source>
        <translation>Oui les marque maîtrisés (une seule étape à annuler) ; Non enregistre le projet.</translation>
    </message>
    <message>
        <source>Hazards of the project</source>
        <translation>Dangers du projet</translation>
    </message>
    <message numerus="yes">
        <source>%1 and mark its %n hazard(s) controlled</source>
        <translation>
            <numerusform>%1 et marquer son %n danger comme maîtrisé</numerusform>
            <numerusform>%1 et marquer ses %n dangers comme maîtrisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HazardPins</name>
    <message>
        <source>Move hazard pins (%1)</source>
        <translation>Déplacer les repères de danger (%1)</translation>
    </message>
</context>
<context>
    <name>HazardRegisterPanel</name>
    <message>
        <source>Search hazards…</source>
        <translation>Rechercher des dangers…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All risk bands</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Toutes les visites</translation>
    </message>
    <message>
        <source>Bands…</source>
        <translation>Niveaux…</translation>
    </message>
    <message>
        <source>Change band limits and labels as a named profile</source>
        <translation>Changer les limites et libellés des niveaux dans un profil nommé</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Catégories…</translation>
    </message>
    <message>
        <source>Pins by category</source>
        <translation>Repères par catégorie</translation>
    </message>
    <message>
        <source>Pins by NR-5 colours</source>
        <translation>Repères aux couleurs NR-5</translation>
    </message>
    <message>
        <source>Pins by risk band</source>
        <translation>Repères par niveau de risque</translation>
    </message>
    <message>
        <source>The risk the pins, the legend, the band filter and the matrix show. Current risk: the initial rating until the controls are in place (status controlled or verified), then the residual rating.</source>
        <translation>Le risque que montrent les repères, la légende, le filtre par niveau et la matrice. Risque actuel : l&apos;évaluation initiale jusqu&apos;à la mise en place des mesures (statut maîtrisé ou vérifié), puis l&apos;évaluation résiduelle.</translation>
    </message>
    <message>
        <source>New hazard…</source>
        <translation>Nouveau danger…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Pin on plan</source>
        <translation>Placer sur le plan</translation>
    </message>
    <message>
        <source>Click on the plan to place the selected hazard</source>
        <translation>Cliquez sur le plan pour placer le danger sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Risk method:</source>
        <translation>Méthode d&apos;évaluation :</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Not on the plan</source>
        <translation>Hors du plan</translation>
    </message>
</context>
<context>
    <name>HazardTableModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Exposed ♀/♂</source>
        <translation>Exposés ♀/♂</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Risque initial</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Risque résiduel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnue (%1)</translation>
    </message>
    <message>
        <source>not on the plan</source>
        <translation>hors du plan</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>Chercher une action ou une touche…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Demo enterprise</source>
        <translation>Entreprise de démonstration</translation>
    </message>
    <message>
        <source>The demo enterprise is already in this workspace.</source>
        <translation>L&apos;entreprise de démonstration est déjà dans cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Select a record to see its history.</source>
        <translation>Sélectionnez un enregistrement pour voir son historique.</translation>
    </message>
    <message>
        <source>Select an enterprise to see its activity.</source>
        <translation>Sélectionnez une entreprise pour voir son activité.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Fields: before → after</source>
        <translation>Champs : avant → après</translation>
    </message>
    <message>
        <source>No change of this record is recorded.</source>
        <translation>Aucune modification de cet enregistrement n&apos;est consignée.</translation>
    </message>
    <message>
        <source>Created by %1, %2.</source>
        <translation>Créé par %1, %2.</translation>
    </message>
    <message>
        <source>Recorded before history was kept (%2).</source>
        <translation>Enregistré avant la tenue de l&apos;historique (%2).</translation>
    </message>
    <message>
        <source>Created %2.</source>
        <translation>Créé %2.</translation>
    </message>
    <message>
        <source>Deleted %2.</source>
        <translation>Supprimé %2.</translation>
    </message>
    <message>
        <source>Last changed %2.</source>
        <translation>Dernière modification %2.</translation>
    </message>
    <message>
        <source>Deleted by %1, %2.</source>
        <translation>Supprimé par %1, %2.</translation>
    </message>
    <message>
        <source>Last changed by %1, %2.</source>
        <translation>Dernière modification par %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImprovementTabs</name>
    <message>
        <source>Programme indicators</source>
        <translation>Indicateurs du programme</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Programme overview</source>
        <translation>Vue d’ensemble du programme</translation>
    </message>
    <message>
        <source>EIT and EIP — %1</source>
        <translation>EAE et PAE — %1</translation>
    </message>
</context>
<context>
    <name>ImprovementWorkspace</name>
    <message>
        <source>Improvement plan (EIP)</source>
        <translation>Plan d&apos;amélioration (PAE)</translation>
    </message>
    <message>
        <source>Team (EIT)</source>
        <translation>Équipe (EAE)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Revue de suivi</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <source>Absenteeism</source>
        <translation>Absentéisme</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Days lost</source>
        <translation>Jours perdus</translation>
    </message>
    <message>
        <source>Possible working days</source>
        <translation>Jours ouvrables possibles</translation>
    </message>
    <message>
        <source>Labour turnover</source>
        <translation>Rotation du personnel</translation>
    </message>
    <message>
        <source>Separations</source>
        <translation>Départs</translation>
    </message>
    <message>
        <source>Average headcount</source>
        <translation>Effectif moyen</translation>
    </message>
    <message>
        <source>Defect / reject rate</source>
        <translation>Taux de défauts / rebuts</translation>
    </message>
    <message>
        <source>Defective units</source>
        <translation>Unités défectueuses</translation>
    </message>
    <message>
        <source>Units produced</source>
        <translation>Unités produites</translation>
    </message>
    <message>
        <source>Customer complaints or returns</source>
        <translation>Réclamations ou retours clients</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>Complaints or returns</source>
        <translation>Réclamations ou retours</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productivité</translation>
    </message>
    <message>
        <source>units per worker-hour</source>
        <translation>unités par heure travaillée</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Worker-hours</source>
        <translation>Heures travaillées</translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation>Livraisons à l&apos;heure</translation>
    </message>
    <message>
        <source>Orders on time</source>
        <translation>Commandes à l&apos;heure</translation>
    </message>
    <message>
        <source>Orders delivered</source>
        <translation>Commandes livrées</translation>
    </message>
    <message>
        <source>Energy per unit of output</source>
        <translation>Énergie par unité produite</translation>
    </message>
    <message>
        <source>kWh per unit</source>
        <translation>kWh par unité</translation>
    </message>
    <message>
        <source>kWh used</source>
        <translation>kWh consommés</translation>
    </message>
    <message>
        <source>Water per unit of output</source>
        <translation>Eau par unité produite</translation>
    </message>
    <message>
        <source>m³ per unit</source>
        <translation>m³ par unité</translation>
    </message>
    <message>
        <source>Water m³</source>
        <translation>Eau m³</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Déchets</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Waste kg</source>
        <translation>Déchets kg</translation>
    </message>
    <message>
        <source>Lost-time accidents</source>
        <translation>Accidents avec arrêt</translation>
    </message>
    <message>
        <source>Lost-time injuries</source>
        <translation>Lésions avec arrêt</translation>
    </message>
    <message>
        <source>Days lost to accidents</source>
        <translation>Jours perdus pour accident</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Accident frequency rate</source>
        <translation>Taux de fréquence des accidents</translation>
    </message>
    <message>
        <source>per 1,000,000 hours</source>
        <translation>par million d&apos;heures</translation>
    </message>
    <message>
        <source>New injury cases</source>
        <translation>Nouveaux cas de lésion</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Heures travaillées</translation>
    </message>
    <message>
        <source>Accident incidence rate</source>
        <translation>Taux d&apos;incidence des accidents</translation>
    </message>
    <message>
        <source>per 1,000 workers</source>
        <translation>pour 1 000 travailleurs</translation>
    </message>
    <message>
        <source>Cost savings</source>
        <translation>Économies</translation>
    </message>
    <message>
        <source>currency per month</source>
        <translation>devise par mois</translation>
    </message>
    <message>
        <source>Savings of done and verified projects</source>
        <translation>Économies des projets terminés et vérifiés</translation>
    </message>
    <message>
        <source>Suggestions received</source>
        <translation>Suggestions reçues</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>suggestions</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Suggestions implemented</source>
        <translation>Suggestions mises en œuvre</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mises en œuvre</translation>
    </message>
    <message>
        <source>EIT meetings held</source>
        <translation>Réunions de l&apos;EAE tenues</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>réunions</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Improvement projects started</source>
        <translation>Projets d&apos;amélioration commencés</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Lancés</translation>
    </message>
    <message>
        <source>Improvement projects completed</source>
        <translation>Projets d&apos;amélioration terminés</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminés</translation>
    </message>
</context>
<context>
    <name>IndicatorGridModel</name>
    <message>
        <source>Counted from the EIT and EIP records</source>
        <translation>Calculé à partir des données de l&apos;EAE et du PAE</translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation>Formule : %1</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>More than 50 % away from the month before: please check.</source>
        <translation>Plus de 50 % d&apos;écart avec le mois précédent : à vérifier.</translation>
    </message>
    <message>
        <source>The pasted block (%1 × %2) does not fit from this cell.</source>
        <translation>Le bloc collé (%1 × %2) ne tient pas à partir de cette cellule.</translation>
    </message>
    <message>
        <source>“%1” is computed, not typed.</source>
        <translation>« %1 » est calculé, pas saisi.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>Edit indicators (%n value(s))</source>
        <translation>
            <numerusform>Modifier les indicateurs (%n valeur)</numerusform>
            <numerusform>Modifier les indicateurs (%n valeurs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Type the raw figures; rates are computed (green: better than the baseline, red: worse; brown figures moved over 50 % from the month before: check them). Paste a block copied from a spreadsheet with Ctrl+V.</source>
        <translation>Saisissez les chiffres bruts ; les taux sont calculés (vert : meilleur que la référence, rouge : moins bon ; les chiffres en brun ont varié de plus de 50 % par rapport au mois précédent : vérifiez-les). Collez avec Ctrl+V un bloc copié d&apos;un tableur.</translation>
    </message>
    <message>
        <source>Add indicator…</source>
        <translation>Ajouter un indicateur…</translation>
    </message>
    <message>
        <source>An indicator of your programme, for every enterprise</source>
        <translation>Un indicateur de votre programme, pour chaque entreprise</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exporter les données…</translation>
    </message>
    <message>
        <source>CSV or Excel, one row per month, indicator and sex</source>
        <translation>CSV ou Excel, une ligne par mois, indicateur et sexe</translation>
    </message>
    <message>
        <source>Monthly data</source>
        <translation>Données mensuelles</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Baseline survey</source>
        <translation>Enquête de référence</translation>
    </message>
    <message>
        <source>Correct the baseline</source>
        <translation>Corriger la référence</translation>
    </message>
    <message>
        <source>The baseline already has a value. Why does it change?</source>
        <translation>La référence a déjà une valeur. Pourquoi change-t-elle ?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Add indicator “%1”</source>
        <translation>Ajouter l&apos;indicateur « %1 »</translation>
    </message>
    <message>
        <source>Export indicator data</source>
        <translation>Exporter les données des indicateurs</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>The data could not be saved to %1: %2</source>
        <translation>Les données n&apos;ont pas pu être enregistrées dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2) vs baseline</source>
        <translation>%1 (%2) par rapport à la référence</translation>
    </message>
</context>
<context>
    <name>LegendCard</name>
    <message>
        <source>Show the whole legend (Shift+L)</source>
        <translation>Afficher toute la légende (Maj+L)</translation>
    </message>
    <message>
        <source>Fold the legend to its title (Shift+L)</source>
        <translation>Replier la légende sur son titre (Maj+L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SCORE Desktop — %1</source>
        <translation>SCORE Desktop — %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Rapport écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n visit(s)?
You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Supprimer « %1 » et sa visite (%n) ?
Vous pouvez annuler avec Ctrl+Z.</numerusform>
            <numerusform>Supprimer « %1 » et ses %n visites ?
Vous pouvez annuler avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Rapport écrit</translation>
    </message>
    <message>
        <source>Load demo enterprise</source>
        <translation>Charger l&apos;entreprise de démonstration</translation>
    </message>
    <message>
        <source>SCORE Desktop</source>
        <translation>SCORE Desktop</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Veuillez confirmer</translation>
    </message>
    <message>
        <source>SCORE Desktop — %1 (read-only)</source>
        <translation>SCORE Desktop — %1 (lecture seule)</translation>
    </message>
    <message>
        <source>Workspace: %1 — read-only: browse and export, no edits</source>
        <translation>Espace de travail : %1 — lecture seule : consulter et exporter, sans modification</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Ouverture de l&apos;espace de travail…</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <source>Drag between two points, or click one and then the other, to measure the distance; type a length in metres to see where it reaches.</source>
        <translation>Faites glisser entre deux points, ou cliquez l’un puis l’autre, pour mesurer la distance ; tapez une longueur en mètres pour voir jusqu’où elle va.</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Distance : %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New EIT meeting</source>
        <translation>Nouvelle réunion de l&apos;EAE</translation>
    </message>
    <message>
        <source>EIT meeting</source>
        <translation>Réunion de l&apos;EAE</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Sujets :</translation>
    </message>
    <message>
        <source>De&amp;cisions:</source>
        <translation>Dé&amp;cisions :</translation>
    </message>
    <message>
        <source>Projects discussed:</source>
        <translation>Projets abordés :</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Log meeting…</source>
        <translation>Consigner une réunion…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Meetings per month (last %1 months): %2</source>
        <translation>Réunions par mois (%1 derniers mois) : %2</translation>
    </message>
    <message>
        <source>Log EIT meeting</source>
        <translation>Consigner une réunion de l&apos;EAE</translation>
    </message>
    <message>
        <source>Edit EIT meeting</source>
        <translation>Modifier la réunion de l&apos;EAE</translation>
    </message>
    <message>
        <source>Delete EIT meeting</source>
        <translation>Supprimer la réunion de l&apos;EAE</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New team member</source>
        <translation>Nouveau membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Elected by the workers</source>
        <translation>Élu·e par les travailleurs</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Poste :</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Arrivée :</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Départ :</translation>
    </message>
</context>
<context>
    <name>MostMissedTable</name>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Answered no</source>
        <translation>Répondu « non »</translation>
    </message>
    <message>
        <source>Share of no</source>
        <translation>Part de « non »</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % sur %2</translation>
    </message>
</context>
<context>
    <name>OfficeActions</name>
    <message>
        <source>Syncing with the office server…</source>
        <translation>Synchronisation avec le serveur du bureau…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sync cancelled: what was synced stays; the next sync goes on.</source>
        <translation>Synchronisation annulée : ce qui a été synchronisé le reste ; la prochaine synchronisation continuera.</translation>
    </message>
    <message>
        <source>Synced with the office: %1 sent, %2 received.</source>
        <translation>Synchronisé avec le bureau : %1 envoyées, %2 reçues.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync with the office</source>
        <translation>Synchronisation avec le bureau</translation>
    </message>
    <message numerus="yes">
        <source>The automatic sync did not get through; it tries again in %n minute(s).</source>
        <translation>
            <numerusform>La synchronisation automatique n&apos;a pas abouti ; nouvel essai dans %n minute.</numerusform>
            <numerusform>La synchronisation automatique n&apos;a pas abouti ; nouvel essai dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Office: syncing…</source>
        <translation>Bureau : synchronisation…</translation>
    </message>
    <message>
        <source>Office: not connected</source>
        <translation>Bureau : non connecté</translation>
    </message>
    <message numerus="yes">
        <source>Office: %n conflict(s)</source>
        <translation>
            <numerusform>Bureau : %n conflit</numerusform>
            <numerusform>Bureau : %n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Office: offline</source>
        <translation>Bureau : hors ligne</translation>
    </message>
    <message>
        <source>Office: online</source>
        <translation>Bureau : en ligne</translation>
    </message>
    <message>
        <source>Connect to the office…</source>
        <translation>Se connecter au bureau…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Office server password</source>
        <translation>Mot de passe du serveur du bureau</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>No photos yet. Drop photos here, or use Add photos…</source>
        <translation>Pas encore de photos. Déposez des photos ici, ou utilisez Ajouter des photos…</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Open and annotate</source>
        <translation>Ouvrir et annoter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Compare before/after</source>
        <translation>Comparer avant/après</translation>
    </message>
    <message>
        <source>Needs a before and an after photo of the selected photo&apos;s hazard</source>
        <translation>Il faut une photo avant et une photo après du danger de la photo sélectionnée</translation>
    </message>
    <message>
        <source>Caption of the selected photo</source>
        <translation>Légende de la photo sélectionnée</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Toutes les photos</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Visite %1</translation>
    </message>
    <message>
        <source>Hazard: %1</source>
        <translation>Danger : %1</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (endommagée)</translation>
    </message>
    <message>
        <source>Risk: not rated</source>
        <translation>Risque : non évalué</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risque : %1</translation>
    </message>
    <message>
        <source>— no hazard —</source>
        <translation>— aucun danger —</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <source>Tag photo</source>
        <translation>Étiqueter la photo</translation>
    </message>
    <message>
        <source>Link photo to hazard</source>
        <translation>Lier la photo à un danger</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>%n photo importée.</numerusform>
            <numerusform>%n photos importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the rest was not read.</source>
        <translation>L&apos;import a été annulé ; le reste n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>Photo import</source>
        <translation>Import de photos</translation>
    </message>
</context>
<context>
    <name>PhotoPinLayer</name>
    <message>
        <source>Move photo pins (%1)</source>
        <translation>Déplacer les repères photo (%1)</translation>
    </message>
    <message>
        <source>Turn photo pin</source>
        <translation>Tourner le repère photo</translation>
    </message>
    <message>
        <source>Remove photo pins (%1)</source>
        <translation>Retirer les repères photo (%1)</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Pan and select</source>
        <translation>Déplacer et sélectionner</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>Main levée</translation>
    </message>
    <message>
        <source>Colour of new marks</source>
        <translation>Couleur des nouvelles marques</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Supprimer la marque</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Text on the photo</source>
        <translation>Texte sur la photo</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>Annotate photo</source>
        <translation>Annoter la photo</translation>
    </message>
    <message>
        <source>Delete photo mark</source>
        <translation>Supprimer une marque de la photo</translation>
    </message>
</context>
<context>
    <name>PinLegend</name>
    <message>
        <source>Pin size grows with the risk band (%1: %2 to %3 px). The number in a pin is the workers exposed; its tag (H1…) is its row in the register.</source>
        <translation>La taille du repère croît avec le niveau de risque (%1 : de %2 à %3 px). Le nombre dans un repère est celui des personnes exposées ; son étiquette (H1…) est sa ligne dans le registre.</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnue (%1)</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>%1 to %2 mm across</source>
        <translation>de %1 à %2 mm de diamètre</translation>
    </message>
    <message>
        <source>%1 to %2 mm across, %3 to %4 px at %5 dpi</source>
        <translation>de %1 à %2 mm de diamètre, de %3 à %4 px à %5 dpi</translation>
    </message>
    <message>
        <source>Pin size grows with the risk band (%1: %2). The number in a pin is the workers exposed; its tag (H1…) is its row in the register.</source>
        <translation>La taille du repère augmente avec le niveau de risque (%1 : %2). Le nombre dans un repère est celui des travailleurs exposés ; son étiquette (H1…) est sa ligne dans le registre.</translation>
    </message>
</context>
<context>
    <name>PlaceHazardTool</name>
    <message>
        <source>Click where the hazard is; its zone and exposed workers are filled in.</source>
        <translation>Cliquez à l&apos;endroit du danger ; sa zone et les personnes exposées sont remplies.</translation>
    </message>
</context>
<context>
    <name>PlanDecisionDialog</name>
    <message>
        <source>Decision on the improvement plan</source>
        <translation>Décision sur le plan d&apos;amélioration</translation>
    </message>
    <message>
        <source>&amp;Approve the plan</source>
        <translation>&amp;Approuver le plan</translation>
    </message>
    <message>
        <source>&amp;Request changes</source>
        <translation>&amp;Demander des changements</translation>
    </message>
    <message>
        <source>Why (needed when you request changes): the consultant reads it</source>
        <translation>Pourquoi (nécessaire si vous demandez des changements) : le consultant le lit</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison :</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New floor plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>Floor plan details</source>
        <translation>Détails du plan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Bâtiment :</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>Éta&amp;ge :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>A floor plan needs a name.</source>
        <translation>Un plan doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Zone (polygon)</source>
        <translation>Zone (polygone)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <source>Calibrate scale</source>
        <translation>Étalonner l&apos;échelle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Attach as a photo taken here</source>
        <translation>Joindre comme photo prise ici</translation>
    </message>
    <message>
        <source>Use as the plan&apos;s background</source>
        <translation>Utiliser comme fond du plan</translation>
    </message>
    <message>
        <source>Copied %1 item(s) and %2 hazard(s)</source>
        <translation>%1 élément(s) et %2 danger(s) copiés</translation>
    </message>
    <message>
        <source>%1 copied hazard(s) name a category this workspace does not have: add the category first, then paste again.</source>
        <translation>%1 danger(s) copié(s) citent une catégorie absente de cet espace de travail : ajoutez d&apos;abord la catégorie, puis collez à nouveau.</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Import background</source>
        <translation>Importer un fond</translation>
    </message>
    <message>
        <source>Plans and photos (*.png *.jpg *.jpeg *.webp *.pdf);;All files (*)</source>
        <translation>Plans et photos (*.png *.jpg *.jpeg *.webp *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PDF page</source>
        <translation>Page du PDF</translation>
    </message>
    <message>
        <source>Page to use (1–%1):</source>
        <translation>Page à utiliser (1–%1) :</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels (%4 megapixels); a background has at most %5. Scale it down to fit and import it?</source>
        <translation>%1 fait %2 × %3 pixels (%4 mégapixels) ; un fond de plan en a au plus %5. Le réduire pour qu’il tienne et l’importer ?</translation>
    </message>
    <message>
        <source>Background imported. Calibrate the scale with K.</source>
        <translation>Fond importé. Étalonnez l&apos;échelle avec K.</translation>
    </message>
    <message>
        <source>The new background was fitted to the old one&apos;s width (%1 m), so traced items keep their size. If the two drawings do not show the same extent, calibrate again with K.</source>
        <translation>Le nouveau fond a été ajusté à la largeur de l&apos;ancien (%1 m) : les éléments tracés gardent leur taille. Si les deux dessins ne montrent pas la même étendue, étalonnez à nouveau avec K.</translation>
    </message>
    <message>
        <source>Remove background</source>
        <translation>Retirer le fond</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>Resolution (printed at 1:100):</source>
        <translation>Résolution (imprimé au 1:100) :</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Plan written: %1 (%2 × %3 pixels)</source>
        <translation>Plan écrit : %1 (%2 × %3 pixels)</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>Exporter en SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Plan written: %1</source>
        <translation>Plan écrit : %1</translation>
    </message>
</context>
<context>
    <name>PlanItemKind</name>
    <message>
        <source>Zone / room</source>
        <translation>Zone / pièce</translation>
    </message>
    <message>
        <source>Aisle / walkway</source>
        <translation>Allée / passage piéton</translation>
    </message>
    <message>
        <source>Storage area</source>
        <translation>Zone de stockage</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Emergency exit</source>
        <translation>Issue de secours</translation>
    </message>
    <message>
        <source>Machine / workstation</source>
        <translation>Machine / poste de travail</translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation>Escalier</translation>
    </message>
    <message>
        <source>Fire extinguisher</source>
        <translation>Extincteur</translation>
    </message>
    <message>
        <source>First-aid point</source>
        <translation>Poste de premiers secours</translation>
    </message>
    <message>
        <source>Eyewash</source>
        <translation>Douche oculaire</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>Étiquette texte</translation>
    </message>
</context>
<context>
    <name>PlanPropertyPanel</name>
    <message>
        <source>Snap to grid</source>
        <translation>Aligner sur la grille</translation>
    </message>
    <message>
        <source>Show background</source>
        <translation>Afficher le fond</translation>
    </message>
    <message>
        <source>Lock background</source>
        <translation>Verrouiller le fond</translation>
    </message>
    <message>
        <source>Name / text:</source>
        <translation>Nom / texte :</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Workers (women):</source>
        <translation>Travailleurs (femmes) :</translation>
    </message>
    <message>
        <source>Workers (men):</source>
        <translation>Travailleurs (hommes) :</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Largeur :</translation>
    </message>
    <message>
        <source>Depth:</source>
        <translation>Profondeur :</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>Rotation :</translation>
    </message>
    <message>
        <source>Thickness:</source>
        <translation>Épaisseur :</translation>
    </message>
    <message>
        <source>Text height:</source>
        <translation>Hauteur du texte :</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>Nom du plan :</translation>
    </message>
    <message>
        <source>Grid size:</source>
        <translation>Taille de la grille :</translation>
    </message>
    <message>
        <source>Background opacity:</source>
        <translation>Opacité du fond :</translation>
    </message>
    <message>
        <source>%1 items selected</source>
        <translation>%1 éléments sélectionnés</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 m long</source>
        <translation>%1 m de long</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change floor plan</source>
        <translation>Modifier le plan</translation>
    </message>
    <message>
        <source>Change background</source>
        <translation>Modifier le fond</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
</context>
<context>
    <name>PlanTabs</name>
    <message>
        <source>Ground floor</source>
        <translation>Rez-de-chaussée</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Edit floor plan details</source>
        <translation>Modifier les détails du plan</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate floor plan “%s”</source>
        <translation>Dupliquer le plan « %s »</translation>
    </message>
    <message>
        <source>Delete the floor plan “%1” and everything drawn on it?
You can undo this with Ctrl+Z.</source>
        <translation>Supprimer le plan « %1 » et tout ce qui y est dessiné ?
Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Cannot open the floor plan</source>
        <translation>Impossible d&apos;ouvrir le plan</translation>
    </message>
</context>
<context>
    <name>PointSymbolTool</name>
    <message>
        <source>Click where it hangs or stands.</source>
        <translation>Cliquez là où il est fixé ou posé.</translation>
    </message>
</context>
<context>
    <name>PolygonAreaTool</name>
    <message>
        <source>Click each corner, or type the next side&apos;s length in metres and press Enter; double-click or Enter closes the shape; Esc cancels.</source>
        <translation>Cliquez sur chaque sommet, ou tapez la longueur du côté suivant en mètres puis Entrée ; un double-clic ou Entrée ferme la forme ; Échap annule.</translation>
    </message>
</context>
<context>
    <name>PortfolioIndicators</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicateur :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Secteur :</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Module :</translation>
    </message>
    <message>
        <source>Checklist items most often answered no, per sector and country</source>
        <translation>Points de liste le plus souvent répondus « non », par secteur et par pays</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) selected; %2 with a baseline. Latest month: %3</source>
        <translation>
            <numerusform>%n entreprise sélectionnée ; %2 avec une référence. Dernier mois : %3</numerusform>
            <numerusform>%n entreprises sélectionnées ; %2 avec une référence. Dernier mois : %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <source>Search name, place, sector, products…</source>
        <translation>Chercher nom, lieu, secteur, produits…</translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>A suggestion scheme exists and is used</source>
        <translation>Un système de suggestions existe et est utilisé</translation>
    </message>
    <message>
        <source>Managers and workers meet regularly to solve problems</source>
        <translation>La direction et les travailleurs se réunissent régulièrement pour résoudre les problèmes</translation>
    </message>
    <message>
        <source>Teams hold short daily or shift meetings</source>
        <translation>Les équipes tiennent de courtes réunions quotidiennes ou à chaque poste</translation>
    </message>
    <message>
        <source>5S is practised in production areas</source>
        <translation>Les 5S sont pratiqués dans les zones de production</translation>
    </message>
    <message>
        <source>Defects are recorded and their causes analysed</source>
        <translation>Les défauts sont enregistrés et leurs causes analysées</translation>
    </message>
    <message>
        <source>Customer complaints are recorded and answered</source>
        <translation>Les réclamations des clients sont enregistrées et traitées</translation>
    </message>
    <message>
        <source>Energy and water use are metered and reviewed</source>
        <translation>Les consommations d&apos;énergie et d&apos;eau sont mesurées et suivies</translation>
    </message>
    <message>
        <source>Waste is sorted and recycled or sold</source>
        <translation>Les déchets sont triés et recyclés ou vendus</translation>
    </message>
    <message>
        <source>Written HR policies (recruitment, pay, leave) exist</source>
        <translation>Des politiques RH écrites existent (recrutement, salaires, congés)</translation>
    </message>
    <message>
        <source>New workers get an induction and training</source>
        <translation>Les nouveaux travailleurs reçoivent un accueil et une formation</translation>
    </message>
    <message>
        <source>An OSH committee meets regularly</source>
        <translation>Un comité SST se réunit régulièrement</translation>
    </message>
    <message>
        <source>Hazards are assessed and recorded</source>
        <translation>Les dangers sont évalués et consignés</translation>
    </message>
    <message>
        <source>Suitable PPE is provided free and worn</source>
        <translation>Des EPI adaptés sont fournis gratuitement et portés</translation>
    </message>
    <message>
        <source>Accidents and near misses are recorded</source>
        <translation>Les accidents et presque-accidents sont enregistrés</translation>
    </message>
    <message>
        <source>A policy against harassment is known to all</source>
        <translation>Une politique contre le harcèlement est connue de tous</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>Add a good-practice question</source>
        <translation>Ajouter une question de bonne pratique</translation>
    </message>
    <message>
        <source>&amp;Good practice:</source>
        <translation>&amp;Bonne pratique :</translation>
    </message>
    <message>
        <source>SCORE module:</source>
        <translation>Module SCORE :</translation>
    </message>
    <message>
        <source>Write the good practice to ask about.</source>
        <translation>Écrivez la bonne pratique sur laquelle interroger.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source> megapixels</source>
        <translation> mégapixels</translation>
    </message>
    <message>
        <source>Larger photos are stored as a high-quality copy of this size (≤ 4000 px wide)</source>
        <translation>Les photos plus grandes sont conservées en copie haute qualité de cette taille (≤ 4000 px de large)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Keep photos as taken up to:</source>
        <translation>Garder les photos telles que prises jusqu&apos;à :</translation>
    </message>
    <message>
        <source>Programme logo:</source>
        <translation>Logo du programme :</translation>
    </message>
    <message>
        <source>Consultant logo:</source>
        <translation>Logo du/de la consultant·e :</translation>
    </message>
    <message>
        <source>Enterprise logo:</source>
        <translation>Logo de l&apos;entreprise :</translation>
    </message>
    <message>
        <source>Back up the workspace every:</source>
        <translation>Sauvegarder l&apos;espace de travail toutes les :</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail :</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Printed on the cover of PDF reports</source>
        <translation>Imprimé sur la couverture des rapports PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source> minutes of editing</source>
        <translation> minutes de modification</translation>
    </message>
    <message>
        <source>keep the last </source>
        <translation>garder les </translation>
    </message>
    <message>
        <source>Backups are kept in your data folder, one folder per workspace</source>
        <translation>Les sauvegardes sont conservées dans votre dossier de données, un dossier par espace de travail</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>%1 cannot be used as a logo: %2</source>
        <translation>%1 ne peut pas servir de logo : %2</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Who is using SCORE Desktop?</source>
        <translation>Qui utilise SCORE Desktop ?</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make, so that the consultant, the paired inspector and the enterprise manager can see who changed what. You can change it later in Preferences.</source>
        <translation>Votre nom est enregistré avec chaque modification que vous faites, afin que le·la consultant·e, l&apos;inspecteur·rice associé·e et la direction de l&apos;entreprise voient qui a modifié quoi. Vous pourrez le changer plus tard dans les Préférences.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>As colleagues know you</source>
        <translation>Tel que vos collègues vous connaissent</translation>
    </message>
    <message>
        <source>For example ILO SCORE Viet Nam</source>
        <translation>Par exemple OIT SCORE Viet Nam</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Type your name: it is shown beside every change.</source>
        <translation>Saisissez votre nom : il figure à côté de chaque modification.</translation>
    </message>
</context>
<context>
    <name>ProgrammeOverview</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write both tables to an XLSX or CSV file</source>
        <translation>Écrire les deux tableaux dans un fichier XLSX ou CSV</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Grouper par :</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a filter&apos;s label</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Tous les consultants</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s); </source>
        <translation>
            <numerusform>%n entreprise ; </numerusform>
            <numerusform>%n entreprises ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hazard(s), </source>
        <translation>
            <numerusform>%n danger, </numerusform>
            <numerusform>%n dangers, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open; </source>
        <translation>
            <numerusform>%n ouvert ; </numerusform>
            <numerusform>%n ouverts ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement project(s), </source>
        <translation>
            <numerusform>%n projet d’amélioration, </numerusform>
            <numerusform>%n projets d’amélioration, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation>%1 clôturés.</translation>
    </message>
    <message>
        <source>Hazards are counted by their current risk.</source>
        <translation>Les dangers sont comptés selon leur risque actuel.</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Dangers</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisés</translation>
    </message>
    <message>
        <source>Share closed</source>
        <translation>Part clôturée</translation>
    </message>
    <message>
        <source>Savings / month (%1)</source>
        <translation>Économies / mois (%1)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hazard category</source>
        <translation>Catégorie de danger</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Export the programme overview</source>
        <translation>Exporter la vue d’ensemble du programme</translation>
    </message>
    <message>
        <source>programme-overview.xlsx</source>
        <translation>vue-ensemble-programme.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Hazard categories</source>
        <translation>Catégories de danger</translation>
    </message>
    <message>
        <source>The overview could not be saved to %1: %2</source>
        <translation>La vue d’ensemble n’a pas pu être enregistrée dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>ProjectBoard</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Déplacer « %1 » vers %2</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New improvement project</source>
        <translation>Nouveau projet d&apos;amélioration</translation>
    </message>
    <message>
        <source>— not an OSH control —</source>
        <translation>— pas une mesure SST —</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— personne pour l&apos;instant —</translation>
    </message>
    <message>
        <source>%1 (left the team)</source>
        <translation>%1 (a quitté l&apos;équipe)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Problème :</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>&amp;Cause racine :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origine :</translation>
    </message>
    <message>
        <source>SCORE &amp;module:</source>
        <translation>&amp;Module SCORE :</translation>
    </message>
    <message>
        <source>&amp;Zone or area:</source>
        <translation>&amp;Zone ou espace :</translation>
    </message>
    <message>
        <source>Linked hazards:</source>
        <translation>Dangers liés :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>Control level:</source>
        <translation>Niveau de maîtrise :</translation>
    </message>
    <message>
        <source>&amp;Responsible (EIT):</source>
        <translation>&amp;Responsable (EAE) :</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe :</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Cost estimate:</source>
        <translation>Coût estimé :</translation>
    </message>
    <message>
        <source>Actual cost:</source>
        <translation>Coût réel :</translation>
    </message>
    <message>
        <source>Expected savings per month:</source>
        <translation>Économies attendues par mois :</translation>
    </message>
    <message>
        <source>Actual savings per month:</source>
        <translation>Économies réelles par mois :</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicateur :</translation>
    </message>
    <message>
        <source>Baseline value:</source>
        <translation>Valeur de référence :</translation>
    </message>
    <message>
        <source>Target value:</source>
        <translation>Valeur cible :</translation>
    </message>
    <message>
        <source>Result value:</source>
        <translation>Valeur obtenue :</translation>
    </message>
    <message>
        <source>Verified on:</source>
        <translation>Vérifié le :</translation>
    </message>
    <message>
        <source>Verified by:</source>
        <translation>Vérifié par :</translation>
    </message>
    <message>
        <source>After photo:</source>
        <translation>Photo après :</translation>
    </message>
    <message>
        <source>What was done since the last visit (added to the project&apos;s comments)</source>
        <translation>Ce qui a été fait depuis la dernière visite (ajouté aux commentaires du projet)</translation>
    </message>
    <message>
        <source>Progress &amp;note:</source>
        <translation>&amp;Note d&apos;avancement :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Cost, savings and results</source>
        <translation>Coût, économies et résultats</translation>
    </message>
    <message>
        <source>Review mode: you can change the status, the after photo and the progress note of this project; the other fields are read-only.</source>
        <translation>Mode revue : vous pouvez changer le statut, la photo après et la note d&apos;avancement de ce projet ; les autres champs sont en lecture seule.</translation>
    </message>
    <message>
        <source>Review mode: this project is read-only (you are not its responsible person); you can comment on it.</source>
        <translation>Mode revue : ce projet est en lecture seule (vous n&apos;en êtes pas le responsable) ; vous pouvez le commenter.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Pays back in %1 months.</source>
        <translation>Rentabilisé en %1 mois.</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Savings / month</source>
        <translation>Économies / mois</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Retour sur investissement (mois)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <source>Search projects</source>
        <translation>Rechercher des projets</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Make a project that acts on this hazard</source>
        <translation>Créer un projet qui traite ce danger</translation>
    </message>
    <message>
        <source>Project from hazard…</source>
        <translation>Projet à partir d&apos;un danger…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export EIP…</source>
        <translation>Exporter le PAE…</translation>
    </message>
    <message>
        <source>As an Excel workbook or CSV, with OiRA&apos;s action-plan columns first</source>
        <translation>En classeur Excel ou CSV, avec d&apos;abord les colonnes du plan d&apos;action d&apos;OiRA</translation>
    </message>
    <message>
        <source>EIP report (PDF)…</source>
        <translation>Rapport du PAE (PDF)…</translation>
    </message>
    <message>
        <source>The plan, its costs and savings, and the team, for the enterprise manager</source>
        <translation>Le plan, ses coûts et économies, et l&apos;équipe, pour la direction de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau Kanban</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s): %2. By module: %3. Cost %4 %5, savings %6 %5 a month, payback %7.</source>
        <translation>
            <numerusform>%n projet : %2. Par module : %3. Coût %4 %5, économies %6 %5 par mois, retour sur investissement %7.</numerusform>
            <numerusform>%n projets : %2. Par module : %3. Coût %4 %5, économies %6 %5 par mois, retour sur investissement %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>Overdue: %1.</source>
        <translation>En retard : %1.</translation>
    </message>
    <message>
        <source>Add improvement project</source>
        <translation>Ajouter un projet d&apos;amélioration</translation>
    </message>
    <message>
        <source>Edit improvement project</source>
        <translation>Modifier le projet d&apos;amélioration</translation>
    </message>
    <message>
        <source>Export the improvement plan</source>
        <translation>Exporter le plan d&apos;amélioration</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>EIP report</source>
        <translation>Rapport du PAE</translation>
    </message>
    <message>
        <source>Writing the EIP report…</source>
        <translation>Écriture du rapport du PAE…</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2</source>
        <translation>Le plan n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Delete improvement projects (%1)</source>
        <translation>Supprimer des projets d&apos;amélioration (%1)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>RatingMatrix</name>
    <message>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <source>Click a cell to rate, or move with the arrow keys and press Space.</source>
        <translation>Cliquez sur une case pour évaluer, ou déplacez-vous avec les flèches et appuyez sur Espace.</translation>
    </message>
</context>
<context>
    <name>RectangleAreaTool</name>
    <message>
        <source>Drag from corner to corner, or click a corner and type the width and height in metres (12x8 Enter). Esc cancels.</source>
        <translation>Faites glisser d’un coin à l’autre, ou cliquez un coin et tapez la largeur et la hauteur en mètres (12x8 Entrée). Échap annule.</translation>
    </message>
    <message>
        <source>Click the opposite corner, or type the width and height in metres (12x8) and press Enter.</source>
        <translation>Cliquez le coin opposé, ou tapez la largeur et la hauteur en mètres (12x8) puis Entrée.</translation>
    </message>
</context>
<context>
    <name>RegisterFold</name>
    <message>
        <source>Hazard register</source>
        <translation>Registre des dangers</translation>
    </message>
    <message>
        <source>Drag to resize; double-click to fold the hazard register away or show it</source>
        <translation>Faites glisser pour redimensionner ; double-cliquez pour replier ou afficher le registre des dangers</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export visit report</source>
        <translation>Exporter le rapport de visite</translation>
    </message>
    <message>
        <source>Export monthly progress report</source>
        <translation>Exporter le rapport mensuel d&apos;avancement</translation>
    </message>
    <message>
        <source>A logo could not be read:</source>
        <translation>Un logo n&apos;a pas pu être lu :</translation>
    </message>
    <message>
        <source>Writing the visit report…</source>
        <translation>Écriture du rapport de visite…</translation>
    </message>
    <message>
        <source>Writing the progress report…</source>
        <translation>Écriture du rapport d&apos;avancement…</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Export visit report</source>
        <translation>Exporter le rapport de visite</translation>
    </message>
    <message>
        <source>Export EIP report</source>
        <translation>Exporter le rapport du PAE</translation>
    </message>
    <message>
        <source>Export monthly progress report</source>
        <translation>Exporter le rapport mensuel d&apos;avancement</translation>
    </message>
    <message>
        <source>From month:</source>
        <translation>Du mois :</translation>
    </message>
    <message>
        <source>To month:</source>
        <translation>Au mois :</translation>
    </message>
    <message>
        <source>Pins by category</source>
        <translation>Repères par catégorie</translation>
    </message>
    <message>
        <source>Pins by NR-5 colours</source>
        <translation>Repères aux couleurs NR-5</translation>
    </message>
    <message>
        <source>Pins by risk band</source>
        <translation>Repères par niveau de risque</translation>
    </message>
    <message>
        <source>North arrow (the top of the plan faces north)</source>
        <translation>Flèche du nord (le haut du plan est orienté au nord)</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Langue du rapport :</translation>
    </message>
    <message>
        <source>Hazard pins:</source>
        <translation>Repères de danger :</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>The visit and agreed next steps</source>
        <translation>La visite et les prochaines étapes convenues</translation>
    </message>
    <message>
        <source>Floor plans with hazard pins</source>
        <translation>Plans avec repères de danger</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <source>Hazard register</source>
        <translation>Registre des dangers</translation>
    </message>
    <message>
        <source>Hazards in detail, with photos</source>
        <translation>Dangers en détail, avec photos</translation>
    </message>
    <message>
        <source>Before and after photos</source>
        <translation>Photos avant et après</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Enterprise Improvement Plan</source>
        <translation>Plan d&apos;amélioration de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation>Le dernier mois précède le premier.</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to put in the workspace&apos;s place. The workspace as it is now is not overwritten: it is renamed and kept in its folder.</source>
        <translation>Choisissez la sauvegarde qui prendra la place de l&apos;espace de travail. L&apos;espace de travail actuel n&apos;est pas écrasé : il est renommé et conservé dans son dossier.</translation>
    </message>
    <message>
        <source>%1  (%2 MB)</source>
        <translation>%1  (%2 Mo)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>New follow-up visit from the last one</source>
        <translation>Nouvelle visite de suivi à partir de la précédente</translation>
    </message>
    <message>
        <source>Carry open work into this visit</source>
        <translation>Reporter le travail en cours dans cette visite</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on the selected item</source>
        <translation>Note sur l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>The after photo that shows the change</source>
        <translation>La photo après qui montre le changement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Re-score hazard…</source>
        <translation>Réévaluer le danger…</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visite :</translation>
    </message>
    <message>
        <source>After photo:</source>
        <translation>Photo après :</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 still to review.</source>
        <translation>
            <numerusform>%n élément, %1 encore à examiner.</numerusform>
            <numerusform>%n éléments, %1 encore à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing carried into this visit yet.</source>
        <translation>Rien n&apos;a encore été reporté dans cette visite.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>No open hazards or projects to carry over.</source>
        <translation>Aucun danger ni projet en cours à reporter.</translation>
    </message>
    <message>
        <source>Carry open work into the visit</source>
        <translation>Reporter le travail en cours dans la visite</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revue : %1</translation>
    </message>
    <message>
        <source>Re-score hazard</source>
        <translation>Réévaluer le danger</translation>
    </message>
</context>
<context>
    <name>RiskInputs</name>
    <message>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risque :</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Team composition checks</source>
        <translation>Contrôles de la composition de l&apos;équipe</translation>
    </message>
    <message>
        <source>Worker members are elected by the workers</source>
        <translation>Les membres travailleurs sont élus par les travailleurs</translation>
    </message>
    <message>
        <source>Each check only warns; nothing is refused.</source>
        <translation>Chaque contrôle ne fait qu&apos;avertir ; rien n&apos;est refusé.</translation>
    </message>
    <message>
        <source>Smallest team:</source>
        <translation>Équipe la plus petite :</translation>
    </message>
    <message>
        <source>Largest team:</source>
        <translation>Équipe la plus grande :</translation>
    </message>
    <message>
        <source>Workers at least:</source>
        <translation>Travailleurs, au moins :</translation>
    </message>
    <message>
        <source>Workers at most:</source>
        <translation>Travailleurs, au plus :</translation>
    </message>
    <message>
        <source>Women&apos;s share may trail the workforce by:</source>
        <translation>La part des femmes peut être inférieure à celle de l&apos;effectif de :</translation>
    </message>
</context>
<context>
    <name>SegmentTool</name>
    <message>
        <source>Drag from one end to the other, or click one end and type the length in metres; Shift keeps it straight.</source>
        <translation>Faites glisser d’une extrémité à l’autre, ou cliquez une extrémité et tapez la longueur en mètres ; Maj le garde droit.</translation>
    </message>
    <message>
        <source>Click the other end, or type its length in metres and press Enter.</source>
        <translation>Cliquez l’autre extrémité, ou tapez sa longueur en mètres puis Entrée.</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Click or drag a rectangle to select; Shift/Ctrl adds; drag to move.</source>
        <translation>Cliquez ou tracez un rectangle pour sélectionner ; Maj/Ctrl ajoute ; faites glisser pour déplacer.</translation>
    </message>
</context>
<context>
    <name>SelectionHandles</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 × %2 m</source>
        <translation>%1 × %2 m</translation>
    </message>
    <message>
        <source>%1 × %2 m, %3 m²</source>
        <translation>%1 × %2 m, %3 m²</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionner</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Tourner</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Modifier la forme</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>SCORE packages (*.scorepkg)</source>
        <translation>Paquets SCORE (*.scorepkg)</translation>
    </message>
    <message>
        <source>Send enterprise</source>
        <translation>Envoyer l&apos;entreprise</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>Recevoir un paquet</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Envoyer %1</translation>
    </message>
    <message>
        <source>A package is one file with the enterprise&apos;s records, their history and the photos they use. Send it by e-mail, USB stick or a shared folder; the receiver merges it with File ▸ Receive package…</source>
        <translation>Un paquet est un seul fichier contenant les enregistrements de l&apos;entreprise, leur historique et les photos qu&apos;ils utilisent. Envoyez-le par e-mail, clé USB ou dossier partagé ; le destinataire le fusionne avec Fichier ▸ Recevoir un paquet…</translation>
    </message>
    <message>
        <source>The &amp;whole enterprise</source>
        <translation>L&apos;entreprise &amp;entière</translation>
    </message>
    <message>
        <source>Only what &amp;changed since the last package acknowledged by:</source>
        <translation>Seulement ce qui a &amp;changé depuis le dernier paquet confirmé par :</translation>
    </message>
    <message>
        <source>No package from %1 has said yet what they received from you: the whole enterprise will be sent.</source>
        <translation>Aucun paquet de %1 n&apos;a encore indiqué ce qu&apos;il a reçu de vous : l&apos;entreprise entière sera envoyée.</translation>
    </message>
    <message>
        <source>Much smaller: what changed since the last package %1 acknowledged. A package lost on the way is sent again.</source>
        <translation>Beaucoup plus petit : ce qui a changé depuis le dernier paquet confirmé par %1. Un paquet perdu en route est envoyé à nouveau.</translation>
    </message>
    <message>
        <source>Much smaller: what changed since the last package %1 acknowledged, in the package received from them on %2. A package lost on the way is sent again.</source>
        <translation>Beaucoup plus petit : ce qui a changé depuis le dernier paquet confirmé par %1, dans le paquet reçu de sa part le %2. Un paquet perdu en route est envoyé à nouveau.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Once a package has come back from someone, you can send them only what changed since.</source>
        <translation>Dès qu&apos;un paquet vous est revenu de quelqu&apos;un, vous pouvez ne lui envoyer que ce qui a changé depuis.</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign visit report</source>
        <translation>Signer le rapport de visite</translation>
    </message>
    <message>
        <source>Sign EIP report</source>
        <translation>Signer le rapport du PAE</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Manuscrite</translation>
    </message>
    <message>
        <source>Add signature…</source>
        <translation>Ajouter une signature…</translation>
    </message>
    <message>
        <source>Save signed PDF…</source>
        <translation>Enregistrer le PDF signé…</translation>
    </message>
    <message>
        <source>Signed copies:</source>
        <translation>Copies signées :</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Signatures :</translation>
    </message>
    <message>
        <source>The report as it is now: not signed yet</source>
        <translation>Le rapport dans son état actuel : pas encore signé</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Pas encore signé</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n signature</numerusform>
            <numerusform>%n signatures</numerusform>
        </translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>Its signed copies are kept as they were; new signatures sign the report as it is now.</source>
        <translation>Ses copies signées sont conservées telles quelles ; les nouvelles signatures portent sur le rapport dans son état actuel.</translation>
    </message>
    <message>
        <source>Superseded: changed after it was signed, on %1 by %2 (%3).</source>
        <translation>Remplacée : modifiée après la signature, le %1 par %2 (%3).</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Signed by %1: save the signed PDF to keep it.</source>
        <translation>Signé par %1 : enregistrez le PDF signé pour le conserver.</translation>
    </message>
    <message>
        <source>Add a signature first.</source>
        <translation>Ajoutez d&apos;abord une signature.</translation>
    </message>
    <message>
        <source>Save signed PDF</source>
        <translation>Enregistrer le PDF signé</translation>
    </message>
    <message>
        <source>Signing the report…</source>
        <translation>Signature du rapport…</translation>
    </message>
    <message>
        <source>Sign %1</source>
        <translation>Signer %1</translation>
    </message>
    <message>
        <source>Signing cancelled: nothing was saved.</source>
        <translation>Signature annulée : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The signed PDF could not be written: %1</source>
        <translation>Le PDF signé n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Signed PDF saved: %1</source>
        <translation>PDF signé enregistré : %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Add signature</source>
        <translation>Ajouter une signature</translation>
    </message>
    <message>
        <source>Clear drawing</source>
        <translation>Effacer le tracé</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Drawn signature (optional):</source>
        <translation>Signature manuscrite (facultative) :</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Type the name of the person signing.</source>
        <translation>Saisissez le nom de la personne qui signe.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Signez ici avec la souris, un stylet ou le doigt</translation>
    </message>
</context>
<context>
    <name>SignoffActions</name>
    <message>
        <source>Signed PDF saved: %1</source>
        <translation>PDF signé enregistré : %1</translation>
    </message>
</context>
<context>
    <name>StartWalkthroughDialog</name>
    <message>
        <source>Start a walk-through</source>
        <translation>Commencer une tournée d&apos;inspection</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Liste de contrôle :</translation>
    </message>
    <message>
        <source>Zones to walk through:</source>
        <translation>Zones à parcourir :</translation>
    </message>
    <message>
        <source>Start from the walk-through of %1 (its answers carried)</source>
        <translation>Partir de la tournée d&apos;inspection du %1 (ses réponses reprises)</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>New suggestion</source>
        <translation>Nouvelle suggestion</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— inconnu —</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Suggestion:</source>
        <translation>&amp;Suggestion :</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>Proposée par :</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Add suggestion…</source>
        <translation>Ajouter une suggestion…</translation>
    </message>
    <message>
        <source>Make it a project…</source>
        <translation>En faire un projet…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>Add suggestion</source>
        <translation>Ajouter une suggestion</translation>
    </message>
    <message>
        <source>Edit suggestion</source>
        <translation>Modifier la suggestion</translation>
    </message>
    <message>
        <source>Make suggestion a project</source>
        <translation>Faire de la suggestion un projet</translation>
    </message>
    <message>
        <source>Delete suggestion</source>
        <translation>Supprimer la suggestion</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Élu·e</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Composition checks…</source>
        <translation>Contrôles de composition…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Team composition: balanced.</source>
        <translation>Composition de l&apos;équipe : équilibrée.</translation>
    </message>
    <message>
        <source>Team composition:</source>
        <translation>Composition de l&apos;équipe :</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Ajouter un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Modifier le membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>Retirer le membre de l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>Saved “%1”, version %2</source>
        <translation>« %1 » enregistré, version %2</translation>
    </message>
    <message>
        <source>Import checklist template</source>
        <translation>Importer un modèle de liste de contrôle</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Classeurs (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>%1 n’a pas été importé :
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”, version %2, with %n item(s).</source>
        <translation>
            <numerusform>« %1 » importé, version %2, avec %n point.</numerusform>
            <numerusform>« %1 » importé, version %2, avec %n points.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”, version %2, is already in the workspace as it is in the file.</source>
        <translation>« %1 », version %2, est déjà dans l’espace de travail tel qu’il est dans le fichier.</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Modèle de liste de contrôle</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Export checklist template</source>
        <translation>Exporter un modèle de liste de contrôle</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>The template could not be written: %1</source>
        <translation>Le modèle n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>Modèle écrit : %1</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Modèles de listes de contrôle</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>What the checklist is for, and how to use it</source>
        <translation>À quoi sert la liste et comment l’utiliser</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Texts in:</source>
        <translation>Textes en :</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Module :</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Enregistré comme :</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Section “%1”: %2</source>
        <translation>Section « %1 » : %2</translation>
    </message>
    <message>
        <source>Item “%1”: %2</source>
        <translation>Point « %1 » : %2</translation>
    </message>
    <message>
        <source>The template cannot be saved</source>
        <translation>Le modèle ne peut pas être enregistré</translation>
    </message>
</context>
<context>
    <name>TemplateEntryForm</name>
    <message>
        <source>Choose a section or an item on the left.</source>
        <translation>Choisissez une section ou un point à gauche.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Answered once per zone</source>
        <translation>Répondu une fois par zone</translation>
    </message>
    <message>
        <source>e.g. MS1=yes; workers&gt;=50; sector=garment</source>
        <translation>p. ex. MS1=yes; workers&gt;=50; sector=garment</translation>
    </message>
    <message>
        <source>Show the item only when all these hold, separated by “;”: an earlier item&apos;s answer (MS1=yes, MS1=no|not_applicable), the sector (sector=garment), a module (module=OSH) or the headcount (workers&gt;=50, workers&lt;250).</source>
        <translation>N’afficher le point que si toutes ces conditions sont remplies, séparées par « ; » : la réponse à un point précédent (MS1=yes, MS1=no|not_applicable), le secteur (sector=garment), un module (module=OSH) ou l’effectif (workers&gt;=50, workers&lt;250).</translation>
    </message>
    <message>
        <source>A “no” suggests a hazard</source>
        <translation>Un « non » suggère un danger</translation>
    </message>
    <message>
        <source>(the item&apos;s text)</source>
        <translation>(le texte du point)</translation>
    </message>
    <message>
        <source>One control a line</source>
        <translation>Une mesure de maîtrise par ligne</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Level of control:</source>
        <translation>Niveau de maîtrise :</translation>
    </message>
    <message>
        <source>Likelihood (1-5):</source>
        <translation>Probabilité (1-5) :</translation>
    </message>
    <message>
        <source>Severity (1-5):</source>
        <translation>Gravité (1-5) :</translation>
    </message>
    <message>
        <source>Hazard title:</source>
        <translation>Titre du danger :</translation>
    </message>
    <message>
        <source>Controls:</source>
        <translation>Mesures de maîtrise :</translation>
    </message>
    <message>
        <source>A “no” suggests an EIP project</source>
        <translation>Un « non » suggère un projet du PAE</translation>
    </message>
    <message>
        <source>(the action, else the item&apos;s text)</source>
        <translation>(l’action, sinon le texte du point)</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Module :</translation>
    </message>
    <message>
        <source>Project title:</source>
        <translation>Titre du projet :</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Aide :</translation>
    </message>
    <message>
        <source>Show if:</source>
        <translation>Afficher si :</translation>
    </message>
</context>
<context>
    <name>TextTool</name>
    <message>
        <source>Click where the text goes.</source>
        <translation>Cliquez là où va le texte.</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>Étiquette texte</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Activity of %1</source>
        <translation>Activité de %1</translation>
    </message>
    <message>
        <source>&amp;History of record…</source>
        <translation>&amp;Historique de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>n&apos;importe quel jour</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Tout enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is back, with %n record(s) deleted with it.</source>
        <translation>
            <numerusform>%1 est de retour, avec %n enregistrement supprimé en même temps.</numerusform>
            <numerusform>%1 est de retour, avec %n enregistrements supprimés en même temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 est de retour.</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Exporter l&apos;activité</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exported to %1</source>
        <translation>
            <numerusform>%n modification exportée vers %1</numerusform>
            <numerusform>%n modifications exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>TypedLengths</name>
    <message>
        <source>Length: %1. Enter draws it; Backspace edits; Esc stops typing.</source>
        <translation>Longueur : %1. Entrée la trace ; Retour arrière corrige ; Échap arrête la saisie.</translation>
    </message>
    <message>
        <source>Size: %1. Tab or x goes to the height, Enter draws it; Backspace edits; Esc stops typing.</source>
        <translation>Taille : %1. Tab ou x passe à la hauteur, Entrée la trace ; Retour arrière corrige ; Échap arrête la saisie.</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Delete the visit of %1?
You can undo this with Ctrl+Z.</source>
        <translation>Supprimer la visite du %1 ?
Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>Modifier la visite</translation>
    </message>
    <message>
        <source>Choose the SCORE module this visit belongs to.</source>
        <translation>Choisissez le module SCORE auquel appartient cette visite.</translation>
    </message>
    <message>
        <source>The next visit cannot be before this visit.</source>
        <translation>La prochaine visite ne peut pas précéder cette visite.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>SCORE &amp;module:</source>
        <translation>&amp;Module SCORE :</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Consultant·e :</translation>
    </message>
    <message>
        <source>Safety &amp;inspector:</source>
        <translation>&amp;Inspecteur·rice de sécurité :</translation>
    </message>
    <message>
        <source>Optional: paired work-safety inspector</source>
        <translation>Facultatif : inspecteur·rice de sécurité du travail associé·e</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Participants :</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <source>O&amp;bservations:</source>
        <translation>O&amp;bservations :</translation>
    </message>
    <message>
        <source>Agreed &amp;next steps:</source>
        <translation>&amp;Prochaines étapes convenues :</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Prochaine visite :</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Prévue le</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SCORE module</source>
        <translation>Module SCORE</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant·e</translation>
    </message>
    <message>
        <source>Safety inspector</source>
        <translation>Inspecteur·rice de sécurité</translation>
    </message>
</context>
<context>
    <name>WalkthroughModel</name>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>La dernière fois</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>%1 (carried)</source>
        <translation>%1 (reprise)</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried from the last walk-through: answer again to confirm it</source>
        <translation>Reprise de la dernière tournée d&apos;inspection : répondez à nouveau pour la confirmer</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Pas encore de réponses</translation>
    </message>
    <message>
        <source>%1% yes (%2 of %3)</source>
        <translation>%1 % oui (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>WalkthroughWindow</name>
    <message>
        <source>Walk-through: %1 (%2)</source>
        <translation>Tournée d&apos;inspection : %1 (%2)</translation>
    </message>
    <message>
        <source>What was seen, and where</source>
        <translation>Ce qui a été vu, et où</translation>
    </message>
    <message>
        <source>No: make hazard (H)</source>
        <translation>Non : créer un danger (H)</translation>
    </message>
    <message>
        <source>No: make project (P)</source>
        <translation>Non : créer un projet (P)</translation>
    </message>
    <message>
        <source>No: both (B)</source>
        <translation>Non : les deux (B)</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Photos :</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Note sur « %1 »</translation>
    </message>
    <message>
        <source>(whole site)</source>
        <translation>(tout le site)</translation>
    </message>
    <message>
        <source>Hazard: %1</source>
        <translation>Danger : %1</translation>
    </message>
    <message>
        <source>EIP project: %1</source>
        <translation>Projet du PAE : %1</translation>
    </message>
    <message>
        <source>Since the last walk-through: %1 better, %2 worse, %3 other changes; %4 answers carried, not checked again</source>
        <translation>Depuis la dernière tournée d&apos;inspection : %1 mieux, %2 moins bien, %3 autres changements ; %4 réponses reprises, non revérifiées</translation>
    </message>
    <message>
        <source>Yes %1 · No %2 · Not applicable %3 · Not checked %4 · template version %5</source>
        <translation>Oui %1 · Non %2 · Sans objet %3 · Non vérifié %4 · version du modèle %5</translation>
    </message>
</context>
<context>
    <name>WipeView</name>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
</context>
<context>
    <name>WorkspaceCare</name>
    <message>
        <source>The workspace could not be backed up: %1</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être sauvegardé : %1</translation>
    </message>
    <message>
        <source>There is no backup of this workspace yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde de cet espace de travail.</translation>
    </message>
    <message>
        <source>The backup of %1 is now the workspace.</source>
        <translation>La sauvegarde du %1 est maintenant l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>Restauration de la sauvegarde du %1…</translation>
    </message>
    <message>
        <source>The workspace as it was is kept beside it, as %1.</source>
        <translation>L&apos;espace de travail tel qu&apos;il était est conservé à côté, sous le nom %1.</translation>
    </message>
    <message>
        <source>Workspace replaced</source>
        <translation>Espace de travail remplacé</translation>
    </message>
    <message>
        <source>Compacting the workspace…</source>
        <translation>Compactage de l&apos;espace de travail…</translation>
    </message>
    <message numerus="yes">
        <source>Removed the bytes of %n photo(s) that no record refers to.
The workspace went from %2 to %3: %4 freed.</source>
        <translation>
            <numerusform>Les octets de %n photo qu&apos;aucun enregistrement ne cite ont été retirés.
L&apos;espace de travail est passé de %2 à %3 : %4 libérés.</numerusform>
            <numerusform>Les octets de %n photos qu&apos;aucun enregistrement ne cite ont été retirés.
L&apos;espace de travail est passé de %2 à %3 : %4 libérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace compacted</source>
        <translation>Espace de travail compacté</translation>
    </message>
    <message>
        <source>The workspace is damaged: nothing is written to it.</source>
        <translation>L&apos;espace de travail est endommagé : rien n&apos;y est écrit.</translation>
    </message>
    <message>
        <source>Looking for the last good backup…</source>
        <translation>Recherche de la dernière sauvegarde saine…</translation>
    </message>
    <message>
        <source>Recovering what can be read…</source>
        <translation>Récupération de ce qui peut être lu…</translation>
    </message>
    <message>
        <source>Wait until the photo import, report or backup under way has finished.</source>
        <translation>Attendez la fin de l&apos;import de photos, du rapport ou de la sauvegarde en cours.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New enterprise…</source>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <source>Add an enterprise</source>
        <translation>Ajouter une entreprise</translation>
    </message>
    <message>
        <source>&amp;Edit enterprise…</source>
        <translation>&amp;Modifier l&apos;entreprise…</translation>
    </message>
    <message>
        <source>Edit the selected enterprise</source>
        <translation>Modifier l&apos;entreprise sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete enterprise</source>
        <translation>&amp;Supprimer l&apos;entreprise</translation>
    </message>
    <message>
        <source>Delete the selected enterprise and its visits</source>
        <translation>Supprimer l&apos;entreprise sélectionnée et ses visites</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>Nouvelle &amp;visite…</translation>
    </message>
    <message>
        <source>Record a visit to the selected enterprise</source>
        <translation>Consigner une visite de l&apos;entreprise sélectionnée</translation>
    </message>
    <message>
        <source>Ed&amp;it visit…</source>
        <translation>Mod&amp;ifier la visite…</translation>
    </message>
    <message>
        <source>Edit the selected visit</source>
        <translation>Modifier la visite sélectionnée</translation>
    </message>
    <message>
        <source>Delete visi&amp;t</source>
        <translation>Supprimer la visi&amp;te</translation>
    </message>
    <message>
        <source>Delete the selected visit</source>
        <translation>Supprimer la visite sélectionnée</translation>
    </message>
    <message>
        <source>E&amp;xport visit report…</source>
        <translation>E&amp;xporter le rapport de visite…</translation>
    </message>
    <message>
        <source>Write the selected visit&apos;s report as PDF</source>
        <translation>Écrire le rapport de la visite sélectionnée en PDF</translation>
    </message>
    <message>
        <source>Export monthly &amp;progress report…</source>
        <translation>Exporter le rapport mensuel d&apos;&amp;avancement…</translation>
    </message>
    <message>
        <source>Indicators, improvement plan and EIT meetings of a month as PDF</source>
        <translation>Indicateurs, plan d&apos;amélioration et réunions de l&apos;EAE d&apos;un mois, en PDF</translation>
    </message>
    <message>
        <source>&amp;Walk-through…</source>
        <translation>T&amp;ournée d&apos;inspection…</translation>
    </message>
    <message>
        <source>Answer a checklist on the selected visit, zone by zone</source>
        <translation>Répondre à une liste de contrôle lors de la visite sélectionnée, zone par zone</translation>
    </message>
    <message>
        <source>C&amp;hecklist templates…</source>
        <translation>&amp;Modèles de listes de contrôle…</translation>
    </message>
    <message>
        <source>Edit a checklist&apos;s sections, items, help, conditions and suggested hazards and projects; saving adds a new version</source>
        <translation>Modifier les sections, points, aides, conditions et dangers et projets suggérés d’une liste ; l’enregistrement ajoute une nouvelle version</translation>
    </message>
    <message>
        <source>Import checklist template…</source>
        <translation>Importer un modèle de liste de contrôle…</translation>
    </message>
    <message>
        <source>Add a checklist template written in a spreadsheet (XLSX)</source>
        <translation>Ajouter un modèle de liste écrit dans un classeur (XLSX)</translation>
    </message>
    <message>
        <source>Export checklist template…</source>
        <translation>Exporter un modèle de liste de contrôle…</translation>
    </message>
    <message>
        <source>Write a checklist template as a spreadsheet to change or translate</source>
        <translation>Écrire un modèle de liste dans un classeur pour le modifier ou le traduire</translation>
    </message>
    <message>
        <source>&amp;Sign visit report…</source>
        <translation>&amp;Signer le rapport de visite…</translation>
    </message>
    <message>
        <source>Sign the selected visit&apos;s report with the inspector and the manager, and save it as a signed PDF</source>
        <translation>Signer le rapport de la visite sélectionnée avec l&apos;inspecteur·rice et la direction, et l&apos;enregistrer en PDF signé</translation>
    </message>
    <message>
        <source>Sign &amp;EIP report…</source>
        <translation>Signer le rapport du PA&amp;E…</translation>
    </message>
    <message>
        <source>Sign the enterprise&apos;s improvement plan report and save it as a PDF</source>
        <translation>Signer le rapport du plan d&apos;amélioration de l&apos;entreprise et l&apos;enregistrer en PDF</translation>
    </message>
    <message>
        <source>Sen&amp;d enterprise…</source>
        <translation>Envo&amp;yer l&apos;entreprise…</translation>
    </message>
    <message>
        <source>Write the selected enterprise&apos;s records, history and photos to a package file for the inspector, the manager or another consultant</source>
        <translation>Écrire les enregistrements, l&apos;historique et les photos de l&apos;entreprise sélectionnée dans un fichier paquet pour l&apos;inspecteur·rice, la direction ou un·e autre consultant·e</translation>
    </message>
    <message>
        <source>&amp;Receive package…</source>
        <translation>Recevoir un pa&amp;quet…</translation>
    </message>
    <message>
        <source>Merge a package someone sent (or drop the file on the window); differing changes wait in the conflict inbox</source>
        <translation>Fusionner un paquet envoyé par quelqu&apos;un (ou déposer le fichier sur la fenêtre) ; les modifications divergentes attendent dans la boîte des conflits</translation>
    </message>
    <message>
        <source>Con&amp;flict inbox…</source>
        <translation>Boîte des &amp;conflits…</translation>
    </message>
    <message>
        <source>Decide between changes made here and in another workspace</source>
        <translation>Trancher entre les modifications faites ici et dans un autre espace de travail</translation>
    </message>
    <message>
        <source>Connect &amp;to office…</source>
        <translation>Se connecter au &amp;bureau…</translation>
    </message>
    <message>
        <source>Give the office server&apos;s address, your name and your password</source>
        <translation>Indiquer l&apos;adresse du serveur du bureau, votre nom et votre mot de passe</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <source>Send your changes to the office server and bring your colleagues&apos; changes here</source>
        <translation>Envoyer vos modifications au serveur du bureau et rapporter ici celles de vos collègues</translation>
    </message>
    <message>
        <source>New floor &amp;plan…</source>
        <translation>Nouveau &amp;plan…</translation>
    </message>
    <message>
        <source>Add a floor plan to the selected enterprise</source>
        <translation>Ajouter un plan à l&apos;entreprise sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Open floor plan</source>
        <translation>&amp;Ouvrir le plan</translation>
    </message>
    <message>
        <source>Open the selected floor plan in a tab</source>
        <translation>Ouvrir le plan sélectionné dans un onglet</translation>
    </message>
    <message>
        <source>EIT &amp;&amp; &amp;improvement plan</source>
        <translation>EAE &amp;&amp; plan d&apos;&amp;amélioration</translation>
    </message>
    <message>
        <source>The enterprise&apos;s improvement team, projects and follow-up review</source>
        <translation>L&apos;équipe d&apos;amélioration de l&apos;entreprise, ses projets et la revue de suivi</translation>
    </message>
    <message>
        <source>&amp;Programme indicators</source>
        <translation>Indicateurs du &amp;programme</translation>
    </message>
    <message>
        <source>Indicators over all or a selection of enterprises</source>
        <translation>Indicateurs de toutes les entreprises ou d&apos;une sélection</translation>
    </message>
    <message>
        <source>Programme &amp;overview</source>
        <translation>&amp;Vue d’ensemble du programme</translation>
    </message>
    <message>
        <source>Hazards by risk and category, projects closed and savings, by country, sector, module or consultant</source>
        <translation>Dangers par risque et catégorie, projets clôturés et économies, par pays, secteur, module ou consultant</translation>
    </message>
    <message>
        <source>Floor plan &amp;details…</source>
        <translation>&amp;Détails du plan…</translation>
    </message>
    <message>
        <source>Rename the plan, set building, floor, notes</source>
        <translation>Renommer le plan, indiquer bâtiment, étage, notes</translation>
    </message>
    <message>
        <source>D&amp;uplicate floor plan</source>
        <translation>D&amp;upliquer le plan</translation>
    </message>
    <message>
        <source>Copy the selected plan with everything on it</source>
        <translation>Copier le plan sélectionné avec tout son contenu</translation>
    </message>
    <message>
        <source>Delete floor p&amp;lan</source>
        <translation>Supprimer le p&amp;lan</translation>
    </message>
    <message>
        <source>Delete the selected floor plan</source>
        <translation>Supprimer le plan sélectionné</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>&amp;Find enterprise</source>
        <translation>&amp;Chercher une entreprise</translation>
    </message>
    <message>
        <source>Search the portfolio</source>
        <translation>Chercher dans le portefeuille</translation>
    </message>
    <message>
        <source>The comment thread of the selected hazard, project, visit or plan</source>
        <translation>Les commentaires du danger, projet, visite ou plan sélectionné</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every change of the selected record: who, when, old and new values</source>
        <translation>Chaque modification de l&apos;enregistrement sélectionné : qui, quand, anciennes et nouvelles valeurs</translation>
    </message>
    <message>
        <source>&amp;Activity of the enterprise…</source>
        <translation>&amp;Activité de l&apos;entreprise…</translation>
    </message>
    <message>
        <source>Every change to the enterprise&apos;s records; restore deleted ones</source>
        <translation>Chaque modification des enregistrements de l&apos;entreprise ; restaurer ceux qui ont été supprimés</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Put a backup in the workspace&apos;s place; the workspace is kept aside</source>
        <translation>Mettre une sauvegarde à la place de l&apos;espace de travail ; celui-ci est mis de côté</translation>
    </message>
    <message>
        <source>Co&amp;mpact workspace</source>
        <translation>Co&amp;mpacter l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Remove photo bytes no record refers to and free unused space</source>
        <translation>Retirer les octets de photos qu&apos;aucun enregistrement ne cite et libérer l&apos;espace inutilisé</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Prise en main</translation>
    </message>
    <message>
        <source>A short guide from a first visit to its report</source>
        <translation>Un court guide, de la première visite à son rapport</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut of the window, searchable</source>
        <translation>Tous les raccourcis de la fenêtre, avec recherche</translation>
    </message>
    <message>
        <source>Load &amp;demo enterprise</source>
        <translation>Charger l&apos;entreprise de &amp;démonstration</translation>
    </message>
    <message>
        <source>Add an example garment factory with visits, a plan, hazards and an EIP</source>
        <translation>Ajouter une usine de confection d&apos;exemple avec des visites, un plan, des dangers et un PAE</translation>
    </message>
    <message>
        <source>&amp;About SCORE Desktop</source>
        <translation>À &amp;propos de SCORE Desktop</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The details were written to %1: please send that file with your report of the problem.</source>
        <translation>Les détails ont été écrits dans %1 : veuillez joindre ce fichier à votre signalement du problème.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Les détails n&apos;ont pas pu être écrits dans un fichier journal.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Everything you had saved is safe in the workspace. %2</source>
        <translation>Un problème est survenu : %1

Tout ce que vous aviez enregistré est en sécurité dans l&apos;espace de travail. %2</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>Espace de travail vide</translation>
    </message>
    <message>
        <source>This workspace has no enterprises yet.

Load a demo enterprise (a cable maker in Deyang, Sichuan, with four visits) to explore the application?</source>
        <translation>Cet espace de travail n&apos;a pas encore d&apos;entreprise.

Charger une entreprise de démonstration (un câblier de Deyang, au Sichuan, avec quatre visites) pour découvrir l&apos;application ?</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <source>better</source>
        <translation>mieux</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <source>newly checked</source>
        <translation>vérifié pour la première fois</translation>
    </message>
    <message>
        <source>not checked again</source>
        <translation>non revérifié</translation>
    </message>
    <message>
        <source>applicability changed</source>
        <translation>applicabilité modifiée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Redo: %s</source>
        <translation>Rétablir : %s</translation>
    </message>
    <message>
        <source>Undo: %s</source>
        <translation>Annuler : %s</translation>
    </message>
    <message>
        <source>Add enterprise “%s”</source>
        <translation>Ajouter l&apos;entreprise « %s »</translation>
    </message>
    <message>
        <source>Edit enterprise “%s”</source>
        <translation>Modifier l&apos;entreprise « %s »</translation>
    </message>
    <message>
        <source>Delete enterprise “%s”</source>
        <translation>Supprimer l&apos;entreprise « %s »</translation>
    </message>
    <message>
        <source>Add visit of %s</source>
        <translation>Ajouter la visite du %s</translation>
    </message>
    <message>
        <source>Edit visit of %s</source>
        <translation>Modifier la visite du %s</translation>
    </message>
    <message>
        <source>Delete visit of %s</source>
        <translation>Supprimer la visite du %s</translation>
    </message>
    <message>
        <source>Add floor plan “%s”</source>
        <translation>Ajouter le plan « %s »</translation>
    </message>
    <message>
        <source>Delete floor plan “%s”</source>
        <translation>Supprimer le plan « %s »</translation>
    </message>
    <message>
        <source>Add items (%1)</source>
        <translation>Ajouter des éléments (%1)</translation>
    </message>
    <message>
        <source>Delete items (%1)</source>
        <translation>Supprimer des éléments (%1)</translation>
    </message>
    <message>
        <source>Add hazard “%s”</source>
        <translation>Ajouter le danger « %s »</translation>
    </message>
    <message>
        <source>Delete hazards (%1)</source>
        <translation>Supprimer des dangers (%1)</translation>
    </message>
    <message>
        <source>Use risk method “%s”</source>
        <translation>Utiliser la méthode d&apos;évaluation « %s »</translation>
    </message>
    <message>
        <source>Edit hazard categories</source>
        <translation>Modifier les catégories de danger</translation>
    </message>
    <message>
        <source>Add photos (%1)</source>
        <translation>Ajouter des photos (%1)</translation>
    </message>
    <message>
        <source>Delete photos (%1)</source>
        <translation>Supprimer des photos (%1)</translation>
    </message>
    <message>
        <source>Comment “%s”</source>
        <translation>Commentaire « %s »</translation>
    </message>
    <message>
        <source>Decide on the improvement plan</source>
        <translation>Décider du plan d&apos;amélioration</translation>
    </message>
    <message>
        <source>Update progress of “%s”</source>
        <translation>Mettre à jour l&apos;avancement de « %s »</translation>
    </message>
    <message>
        <source>Start walk-through “%s”</source>
        <translation>Commencer la tournée d&apos;inspection « %s »</translation>
    </message>
    <message>
        <source>Delete walk-through</source>
        <translation>Supprimer la tournée d&apos;inspection</translation>
    </message>
    <message>
        <source>Answer “%s”</source>
        <translation>Répondre « %s »</translation>
    </message>
</context>
<context>
    <name>comments</name>
    <message>
        <source>Comments…</source>
        <translation>Commentaires…</translation>
    </message>
    <message>
        <source>Comments (%1, %n new)…</source>
        <translation>Commentaires (%1, %n nouveaux)…</translation>
    </message>
    <message>
        <source>Comments (%1)…</source>
        <translation>Commentaires (%1)…</translation>
    </message>
    <message>
        <source>Review mode (enterprise manager): records are read-only; you can comment, update the projects you are responsible for and decide on the improvement plan.</source>
        <translation>Mode revue (responsable de l&apos;entreprise) : les données sont en lecture seule ; vous pouvez commenter, mettre à jour vos projets et décider du plan d&apos;amélioration.</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>EIP project</source>
        <translation>Projet du PAE</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Note d&apos;avancement</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Approved the improvement plan.</source>
        <translation>A approuvé le plan d&apos;amélioration.</translation>
    </message>
    <message>
        <source>Requested changes to the improvement plan.</source>
        <translation>A demandé des changements au plan d&apos;amélioration.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>Abandonner ce que vous avez saisi dans ce formulaire ?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Élément du plan</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>EIT member</source>
        <translation>Membre de l&apos;EAE</translation>
    </message>
    <message>
        <source>EIT meeting</source>
        <translation>Réunion de l&apos;EAE</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Improvement project</source>
        <translation>Projet d&apos;amélioration</translation>
    </message>
    <message>
        <source>Follow-up review item</source>
        <translation>Élément de la revue de suivi</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Valeur d&apos;indicateur</translation>
    </message>
    <message>
        <source>Baseline correction</source>
        <translation>Correction de la référence</translation>
    </message>
    <message>
        <source>Baseline survey answer</source>
        <translation>Réponse à l&apos;enquête de référence</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>SCORE module</source>
        <translation>Module SCORE</translation>
    </message>
    <message>
        <source>Hazard category</source>
        <translation>Catégorie de danger</translation>
    </message>
    <message>
        <source>Risk bands</source>
        <translation>Niveaux de risque</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Entrée du catalogue</translation>
    </message>
    <message>
        <source>Signed report</source>
        <translation>Rapport signé</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation>Tournée d&apos;inspection</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Réponse à la liste de contrôle</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Modèle de liste de contrôle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Recorded before history</source>
        <translation>Enregistré avant l&apos;historique</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>history_field</name>
    <message>
        <source>Carried from the last walk-through</source>
        <translation>Reprise de la dernière tournée d&apos;inspection</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Élément de la liste</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Previous walk-through</source>
        <translation>Tournée d&apos;inspection précédente</translation>
    </message>
    <message>
        <source>Zone (repeated item)</source>
        <translation>Zone (élément répété)</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencée le</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Version du modèle</translation>
    </message>
    <message>
        <source>Template version number</source>
        <translation>Numéro de version du modèle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation>Tournée d&apos;inspection</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur·rice</translation>
    </message>
    <message>
        <source>Author&apos;s role</source>
        <translation>Rôle de l&apos;auteur·rice</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>After photo</source>
        <translation>Photo après</translation>
    </message>
    <message>
        <source>Marks on the photo</source>
        <translation>Marques sur la photo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Background placement</source>
        <translation>Position du fond</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>Image de fond</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant·e</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <source>Report content (SHA-256)</source>
        <translation>Contenu du rapport (SHA-256)</translation>
    </message>
    <message>
        <source>Report content (bytes)</source>
        <translation>Contenu du rapport (octets)</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>Niveau de maîtrise</translation>
    </message>
    <message>
        <source>Corrected at</source>
        <translation>Corrigé le</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Coût réel</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Drawn signature</source>
        <translation>Signature manuscrite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Elected by workers</source>
        <translation>Élu·e par les travailleurs</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>Mesures existantes</translation>
    </message>
    <message>
        <source>Exposed men</source>
        <translation>Hommes exposés</translation>
    </message>
    <message>
        <source>Exposed women</source>
        <translation>Femmes exposées</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Couleur de remplissage</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Grid (m)</source>
        <translation>Grille (m)</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Dangers</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Identifié par</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Risque initial</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur·rice</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Arrivé·e le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Parti·e le</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Référence juridique</translation>
    </message>
    <message>
        <source>Main buyers</source>
        <translation>Principaux acheteurs</translation>
    </message>
    <message>
        <source>Managers, men</source>
        <translation>Encadrement, hommes</translation>
    </message>
    <message>
        <source>Managers, women</source>
        <translation>Encadrement, femmes</translation>
    </message>
    <message>
        <source>Scale (m per unit)</source>
        <translation>Échelle (m par unité)</translation>
    </message>
    <message>
        <source>SCORE module</source>
        <translation>Module SCORE</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>NR-5 group</source>
        <translation>Groupe NR-5</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Signed PDF (SHA-256)</source>
        <translation>PDF signé (SHA-256)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Pin direction</source>
        <translation>Orientation du repère</translation>
    </message>
    <message>
        <source>Pinned on plan</source>
        <translation>Placé sur le plan</translation>
    </message>
    <message>
        <source>Pin x</source>
        <translation>Repère x</translation>
    </message>
    <message>
        <source>Pin y</source>
        <translation>Repère y</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Proposed controls</source>
        <translation>Mesures proposées</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Risque résiduel</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation>Méthode d&apos;évaluation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Actual savings</source>
        <translation>Économies réelles</translation>
    </message>
    <message>
        <source>Expected savings</source>
        <translation>Économies attendues</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Content (SHA-256)</source>
        <translation>Contenu (SHA-256)</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Changes signed (SHA-256)</source>
        <translation>Modifications signées (SHA-256)</translation>
    </message>
    <message>
        <source>Signed report</source>
        <translation>Rapport signé</translation>
    </message>
    <message>
        <source>Signed as of change (on the signing device)</source>
        <translation>Signé en l&apos;état de la modification (sur l&apos;appareil signataire)</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Aligner sur la grille</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Type d&apos;objet</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>Submitter&apos;s sex</source>
        <translation>Sexe de la personne qui l&apos;a proposée</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Signature page (SHA-256)</source>
        <translation>Page des signatures (SHA-256)</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Épaisseur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Union present</source>
        <translation>Syndicat présent</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Type de visite</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Workers, men</source>
        <translation>Travailleurs, hommes</translation>
    </message>
    <message>
        <source>Workers, women</source>
        <translation>Travailleurs, femmes</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Stacking order</source>
        <translation>Ordre d&apos;empilement</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>SCORE consultant</source>
        <translation>Consultant·e SCORE</translation>
    </message>
    <message>
        <source>Safety inspector</source>
        <translation>Inspecteur·rice de sécurité</translation>
    </message>
    <message>
        <source>Enterprise manager</source>
        <translation>Direction de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Programme officer</source>
        <translation>Chargé·e de programme</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SCORE Desktop</source>
        <translation>Acerca de SCORE Desktop</translation>
    </message>
    <message>
        <source>For consultants of the ILO SCORE programme: enterprises, visits, floor plans, hazards, improvement plans and reports, offline.</source>
        <translation>Para consultores/as del programa SCORE de la OIT: empresas, visitas, planos, peligros, planes de mejora e informes, sin conexión.</translation>
    </message>
    <message>
        <source>unknown (the bundle&apos;s build record is missing)</source>
        <translation>desconocido (falta el registro de compilación de la aplicación)</translation>
    </message>
    <message>
        <source>run from source</source>
        <translation>ejecutado desde el código fuente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Compilación</translation>
    </message>
    <message>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ninguno abierto</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro de errores</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Versions, platform, report fonts and recent errors, for a support request. No names, paths or records.</source>
        <translation>Versiones, plataforma, fuentes de los informes y errores recientes, para una solicitud de asistencia. Sin nombres, rutas ni registros.</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into your message.</source>
        <translation>Diagnóstico copiado: péguelo en su mensaje.</translation>
    </message>
</context>
<context>
    <name>AnswerPhotos</name>
    <message>
        <source>(damaged)</source>
        <translation>(dañada)</translation>
    </message>
    <message>
        <source>Drop photos here to add them to this answer</source>
        <translation>Suelte fotos aquí para añadirlas a esta respuesta</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Añadir fotos…</translation>
    </message>
    <message>
        <source>From the gallery…</source>
        <translation>De la galería…</translation>
    </message>
    <message>
        <source>Remove from answer</source>
        <translation>Quitar de la respuesta</translation>
    </message>
    <message>
        <source>Photos on “%1”</source>
        <translation>Fotos en «%1»</translation>
    </message>
</context>
<context>
    <name>Arrangement</name>
    <message>
        <source>Bring to front</source>
        <translation>Traer al frente</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Enviar al fondo</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Alinear</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
</context>
<context>
    <name>BandsDialog</name>
    <message>
        <source>Risk bands</source>
        <translation>Bandas de riesgo</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (personalizado)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Up to (score)</source>
        <translation>Hasta (puntuación)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>(no limit)</source>
        <translation>(sin límite)</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>Factors stay those of %1; bands are checked from the top: a score up to each limit takes that band.</source>
        <translation>Los factores siguen siendo los de %1; las bandas se comprueban desde arriba: una puntuación hasta cada límite recibe esa banda.</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Color de la banda</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” no es un número.</translation>
    </message>
</context>
<context>
    <name>BaselinePanel</name>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <source>In place at baseline</source>
        <translation>Vigente en la línea de base</translation>
    </message>
    <message>
        <source>— not asked —</source>
        <translation>— no preguntado —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>Añadir pregunta…</translation>
    </message>
    <message>
        <source>A good practice your programme asks about, for every enterprise</source>
        <translation>Una buena práctica sobre la que pregunta su programa, para cada empresa</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Baseline corrections</source>
        <translation>Correcciones de la línea de base</translation>
    </message>
    <message>
        <source>Add good-practice question</source>
        <translation>Añadir pregunta de buena práctica</translation>
    </message>
    <message>
        <source>%1 of %2 good practices in place (%3 answered).</source>
        <translation>%1 de %2 buenas prácticas vigentes (%3 respondidas).</translation>
    </message>
    <message>
        <source>Baseline survey answer</source>
        <translation>Respuesta de la encuesta de línea de base</translation>
    </message>
</context>
<context>
    <name>BoxTool</name>
    <message>
        <source>Drag the footprint, or click to place a standard size; type a size first (2.5x1.2) to place that.</source>
        <translation>Arrastre la huella, o haga clic para colocar un tamaño estándar; escriba antes un tamaño (2,5x1,2) para colocar ese.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
</context>
<context>
    <name>CalibrateTool</name>
    <message>
        <source>Drag along a length you know (a wall, a door), then type it in metres.</source>
        <translation>Arrastre a lo largo de una longitud conocida (una pared, una puerta) y escríbala en metros.</translation>
    </message>
    <message>
        <source>Calibrate scale</source>
        <translation>Calibrar la escala</translation>
    </message>
    <message>
        <source>Real length of the line, in metres:</source>
        <translation>Longitud real de la línea, en metros:</translation>
    </message>
    <message>
        <source>Scale set: %1 m per unit</source>
        <translation>Escala fijada: %1 m por unidad</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Hazard categories</source>
        <translation>Categorías de peligro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>NR-5 group</source>
        <translation>Grupo NR-5</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Añadir categoría</translation>
    </message>
    <message>
        <source>Double-click a colour to change it. Categories in use cannot be removed; rename them instead.</source>
        <translation>Haga doble clic en un color para cambiarlo. Las categorías en uso no se pueden eliminar; cámbieles el nombre.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
</context>
<context>
    <name>CellFilter</name>
    <message>
        <source>Show the hazards of every cell (Esc)</source>
        <translation>Mostrar los peligros de todas las celdas (Esc)</translation>
    </message>
    <message>
        <source>%1 %2 × %3 %4</source>
        <comment>a risk-matrix cell: factor, level, factor, level</comment>
        <translation>%1 %2 × %3 %4</translation>
    </message>
    <message>
        <source>Matrix cell filter: %1</source>
        <translation>Filtro por celda de la matriz: %1</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>Export chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>línea de base %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>meta %1</translation>
    </message>
</context>
<context>
    <name>CommentActions</name>
    <message>
        <source>Select a hazard, an EIP project, a visit or a plan to see its comments.</source>
        <translation>Seleccione un peligro, un proyecto del PMI, una visita o un plano para ver sus comentarios.</translation>
    </message>
</context>
<context>
    <name>CommentThreadDialog</name>
    <message>
        <source>Comments — %1</source>
        <translation>Comentarios — %1</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Todavía no hay comentarios.</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Escriba un comentario…</translation>
    </message>
    <message>
        <source>&amp;Post comment</source>
        <translation>&amp;Publicar comentario</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Escriba algo primero.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Before and after — %1</source>
        <translation>Antes y después — %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Deslizador</translation>
    </message>
</context>
<context>
    <name>ConflictInboxDialog</name>
    <message>
        <source>Conflict inbox</source>
        <translation>Bandeja de conflictos</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mi versión</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Versión recibida</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar la &amp;recibida</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Conservar am&amp;bas</translation>
    </message>
    <message>
        <source>Two texts: mine, then theirs, as two paragraphs</source>
        <translation>Dos textos: el mío y luego el recibido, como dos párrafos</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from other workspaces wait for your decision.</source>
        <translation>
            <numerusform>%n cambio de otro espacio de trabajo espera su decisión.</numerusform>
            <numerusform>%n cambios de otros espacios de trabajo esperan su decisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts wait: every package received has been merged.</source>
        <translation>No hay conflictos pendientes: todos los paquetes recibidos se han fusionado.</translation>
    </message>
    <message>
        <source>Conflict decided: kept mine</source>
        <translation>Conflicto resuelto: se conservó la mía</translation>
    </message>
    <message>
        <source>Conflict decided: kept theirs</source>
        <translation>Conflicto resuelto: se conservó la recibida</translation>
    </message>
    <message>
        <source>Conflict decided: kept both</source>
        <translation>Conflicto resuelto: se conservaron ambas</translation>
    </message>
    <message>
        <source>Here %1 already has this value, and there can only be one. Keep mine, or delete or change that one first and then keep theirs.</source>
        <translation>Aquí %1 ya tiene este valor, y solo puede haber uno. Conserve el mío, o elimine o cambie primero ese y luego conserve el suyo.</translation>
    </message>
    <message>
        <source>Not done: there is already another %1 for %2, and there can only be one. Choose the other side, or delete that one first.</source>
        <translation>No se hizo: ya existe otro registro «%1» para %2, y solo puede haber uno. Elija el otro lado o elimine antes ese registro.</translation>
    </message>
    <message>
        <source>%1 (entered in both workspaces)</source>
        <translation>%1 (introducido en ambos espacios de trabajo)</translation>
    </message>
    <message>
        <source>%1 (was used here by another record)</source>
        <translation>%1 (lo usaba aquí otro registro)</translation>
    </message>
    <message>
        <source>%1 (already used here by %2)</source>
        <translation>%1 (ya lo usa aquí %2)</translation>
    </message>
    <message>
        <source>Deleted there, changed here</source>
        <translation>Eliminado allí, modificado aquí</translation>
    </message>
    <message>
        <source>Deleted here, changed there</source>
        <translation>Eliminado aquí, modificado allí</translation>
    </message>
    <message>
        <source>Deleted and restored</source>
        <translation>Eliminado y restaurado</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>(kept, with changes)</source>
        <translation>(conservado, con cambios)</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the office server</source>
        <translation>Conectarse al servidor de la oficina</translation>
    </message>
    <message>
        <source>Your workspace stays on this computer and works offline; a sync sends your changes to the office server and brings your colleagues&apos; back.</source>
        <translation>Su espacio de trabajo se queda en este equipo y funciona sin conexión; una sincronización envía sus cambios al servidor de la oficina y trae los de sus colegas.</translation>
    </message>
    <message>
        <source>for example db.office.example</source>
        <translation>por ejemplo db.office.example</translation>
    </message>
    <message>
        <source>the login the office gave you</source>
        <translation>el usuario que le dio la oficina</translation>
    </message>
    <message>
        <source>Encrypt the connection (TLS)</source>
        <translation>Cifrar la conexión (TLS)</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>La contraseña se guarda en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is not kept, and is asked for once each time SCORE Desktop starts.</source>
        <translation>Este equipo no tiene llavero: la contraseña no se guarda y se pedirá una vez cada vez que se inicie SCORE Desktop.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>Connect and sync</source>
        <translation>Conectar y sincronizar</translation>
    </message>
    <message>
        <source>The server&apos;s address is needed.</source>
        <translation>Se necesita la dirección del servidor.</translation>
    </message>
    <message>
        <source>The database&apos;s name is needed.</source>
        <translation>Se necesita el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>Your name (login) is needed.</source>
        <translation>Se necesita su nombre (usuario).</translation>
    </message>
</context>
<context>
    <name>CustomIndicatorDialog</name>
    <message>
        <source>A: one typed value</source>
        <translation>A: un valor escrito</translation>
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
        <translation>A ÷ B × 1.000</translation>
    </message>
    <message>
        <source>A ÷ B × 1,000,000</source>
        <translation>A ÷ B × 1.000.000</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Añadir un indicador</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Menos es mejor</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Más es mejor</translation>
    </message>
    <message>
        <source>Neither (describes the enterprise)</source>
        <translation>Ninguno (describe la empresa)</translation>
    </message>
    <message>
        <source>e.g. Kg of scrap copper</source>
        <translation>p. ej., kg de chatarra de cobre</translation>
    </message>
    <message>
        <source>e.g. Tonnes of copper drawn</source>
        <translation>p. ej., toneladas de cobre trefilado</translation>
    </message>
    <message>
        <source>Counted in &amp;whole numbers (people, cases…)</source>
        <translation>Se cuenta en números &amp;enteros (personas, casos…)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sentido:</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Fórmula:</translation>
    </message>
    <message>
        <source>A (typed):</source>
        <translation>A (escrito):</translation>
    </message>
    <message>
        <source>B (typed, for a rate):</source>
        <translation>B (escrito, para una tasa):</translation>
    </message>
    <message>
        <source>SCORE module:</source>
        <translation>Módulo SCORE:</translation>
    </message>
</context>
<context>
    <name>DamagedWorkspaceDialog</name>
    <message>
        <source>Damaged workspace</source>
        <translation>Espacio de trabajo dañado</translation>
    </message>
    <message>
        <source>Recover copies every record that can still be read into a new workspace, which takes this one&apos;s place; the damaged file is renamed and kept.</source>
        <translation>Recuperar copia cada registro que aún se puede leer en un espacio de trabajo nuevo, que ocupa el lugar de este; el archivo dañado se renombra y se conserva.</translation>
    </message>
    <message>
        <source>Recover what can be read</source>
        <translation>Recuperar lo que se pueda leer</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restaurar la copia de seguridad de %1</translation>
    </message>
    <message>
        <source>There is no good backup of this workspace.</source>
        <translation>No hay ninguna copia de seguridad válida de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Its folder cannot be written. Copy the file to a folder you can write to, or recover it from the command line: score-desktop recover FILE NEW-FILE</source>
        <translation>No se puede escribir en su carpeta. Copie el archivo a una carpeta en la que pueda escribir, o recupérelo desde la línea de comandos: score-desktop recover ARCHIVO ARCHIVO-NUEVO</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Go on without editing</source>
        <translation>Continuar sin editar</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Decide on the plan…</source>
        <translation>Decidir sobre el plan…</translation>
    </message>
    <message>
        <source>No decision on the improvement plan yet.</source>
        <translation>Todavía no hay decisión sobre el plan de mejora.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Controlled</source>
        <translation>Controlado</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultor/a</translation>
    </message>
    <message>
        <source>Safety inspector</source>
        <translation>Inspector/a de seguridad</translation>
    </message>
    <message>
        <source>Enterprise Improvement Team</source>
        <translation>Equipo de Mejora de la Empresa</translation>
    </message>
    <message>
        <source>Workers&apos; risk mapping</source>
        <translation>Mapa de riesgos de los trabajadores</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Físico</translation>
    </message>
    <message>
        <source>Chemical</source>
        <translation>Químico</translation>
    </message>
    <message>
        <source>Biological</source>
        <translation>Biológico</translation>
    </message>
    <message>
        <source>Ergonomic</source>
        <translation>Ergonómico</translation>
    </message>
    <message>
        <source>Accident / mechanical</source>
        <translation>Accidente / mecánico</translation>
    </message>
    <message>
        <source>1 Elimination</source>
        <translation>1 Eliminación</translation>
    </message>
    <message>
        <source>2 Substitution</source>
        <translation>2 Sustitución</translation>
    </message>
    <message>
        <source>3 Engineering</source>
        <translation>3 Controles de ingeniería</translation>
    </message>
    <message>
        <source>4 Administrative</source>
        <translation>4 Controles administrativos</translation>
    </message>
    <message>
        <source>5 PPE</source>
        <translation>5 EPP</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Riesgo actual</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Riesgo inicial</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Riesgo residual</translation>
    </message>
    <message>
        <source>Pins: current risk</source>
        <translation>Marcadores: riesgo actual</translation>
    </message>
    <message>
        <source>Pins: initial risk</source>
        <translation>Marcadores: riesgo inicial</translation>
    </message>
    <message>
        <source>Pins: residual risk (with proposed controls)</source>
        <translation>Marcadores: riesgo residual (con los controles propuestos)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Punto de la lista de verificación</translation>
    </message>
    <message>
        <source>Baseline finding</source>
        <translation>Hallazgo de la línea de base</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario/a</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor/a</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador/a</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implementada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Re-scored</source>
        <translation>Reevaluado</translation>
    </message>
    <message>
        <source>Carried on</source>
        <translation>Continúa</translation>
    </message>
    <message>
        <source>3 × 3 probability × consequence (Peru / Spain)</source>
        <translation>3 × 3 probabilidad × consecuencia (Perú / España)</translation>
    </message>
    <message>
        <source>5 × 5 likelihood × severity</source>
        <translation>5 × 5 probabilidad × gravedad</translation>
    </message>
    <message>
        <source>A baseline correction is kept as it was made; correct again instead.</source>
        <translation>Una corrección de la línea de base se conserva tal como se hizo; corrija de nuevo en su lugar.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Una categoría necesita un nombre.</translation>
    </message>
    <message>
        <source>A comment has at most {limit} characters.</source>
        <translation>Un comentario tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>A comment is written in your own name.</source>
        <translation>Un comentario se escribe en su propio nombre.</translation>
    </message>
    <message>
        <source>A comment needs its author&apos;s name.</source>
        <translation>Un comentario necesita el nombre de su autor.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un comentario necesita texto.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Un costo no puede ser negativo.</translation>
    </message>
    <message>
        <source>A floor plan needs a name.</source>
        <translation>Un plano necesita un nombre.</translation>
    </message>
    <message>
        <source>A formula; write the value itself.</source>
        <translation>Una fórmula; escriba el valor mismo.</translation>
    </message>
    <message>
        <source>A hazard needs a title.</source>
        <translation>Un peligro necesita un título.</translation>
    </message>
    <message>
        <source>A headcount cannot be negative.</source>
        <translation>Una plantilla de personal no puede ser negativa.</translation>
    </message>
    <message>
        <source>A key is needed here.</source>
        <translation>Aquí se necesita una clave.</translation>
    </message>
    <message>
        <source>A line needs two different end points.</source>
        <translation>Una línea necesita dos extremos distintos.</translation>
    </message>
    <message>
        <source>A machine or stairs needs a width and a depth.</source>
        <translation>Una máquina o una escalera necesita un ancho y una profundidad.</translation>
    </message>
    <message>
        <source>A member cannot leave the team before joining it.</source>
        <translation>Un miembro no puede dejar el equipo antes de unirse a él.</translation>
    </message>
    <message>
        <source>A method profile needs a name.</source>
        <translation>Un perfil de método necesita un nombre.</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation>Un nombre tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>A name is needed: it is shown beside every change you make.</source>
        <translation>Se necesita un nombre: se muestra junto a cada cambio que haga.</translation>
    </message>
    <message>
        <source>A pin needs both a plan and a position.</source>
        <translation>Un marcador necesita un plano y una posición.</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>Un proyecto necesita un título.</translation>
    </message>
    <message>
        <source>A rate needs the figure it is divided by.</source>
        <translation>Una tasa necesita la cifra por la que se divide.</translation>
    </message>
    <message>
        <source>A section needs a key, a title and items.</source>
        <translation>Una sección necesita una clave, un título y puntos.</translation>
    </message>
    <message>
        <source>A suggested action needs its module here.</source>
        <translation>Una acción sugerida necesita aquí su módulo.</translation>
    </message>
    <message>
        <source>A suggested hazard needs its category here.</source>
        <translation>Un peligro sugerido necesita aquí su categoría.</translation>
    </message>
    <message>
        <source>A suggestion needs its text.</source>
        <translation>Una sugerencia necesita su texto.</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>Un miembro del equipo necesita un nombre.</translation>
    </message>
    <message>
        <source>A template is an object of fields.</source>
        <translation>Una plantilla es un objeto de campos.</translation>
    </message>
    <message>
        <source>A template needs a title (the field “title:en”).</source>
        <translation>Una plantilla necesita un título (el campo «title:en»).</translation>
    </message>
    <message>
        <source>A template needs a title.</source>
        <translation>Una plantilla necesita un título.</translation>
    </message>
    <message>
        <source>A template needs at least one section.</source>
        <translation>Una plantilla necesita al menos una sección.</translation>
    </message>
    <message>
        <source>A text annotation needs some text.</source>
        <translation>Una anotación de texto necesita algún texto.</translation>
    </message>
    <message>
        <source>A text label needs some text.</source>
        <translation>Una etiqueta de texto necesita algún texto.</translation>
    </message>
    <message>
        <source>A title is limited to {limit} characters.</source>
        <translation>Un título está limitado a {limit} caracteres.</translation>
    </message>
    <message>
        <source>A verified project needs the date it was verified.</source>
        <translation>Un proyecto verificado necesita la fecha en que se verificó.</translation>
    </message>
    <message>
        <source>A zone is listed twice.</source>
        <translation>Una zona aparece dos veces.</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>Una zona necesita al menos tres vértices.</translation>
    </message>
    <message>
        <source>A {kind} needs {needed} points, not {count}.</source>
        <translation>Un/a {kind} necesita {needed} puntos, no {count}.</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Almost never</source>
        <translation>Casi nunca</translation>
    </message>
    <message>
        <source>An annotation must lie on the photo.</source>
        <translation>Una anotación debe estar sobre la foto.</translation>
    </message>
    <message>
        <source>An enterprise needs a name.</source>
        <translation>Una empresa necesita un nombre.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>Un indicador necesita un nombre.</translation>
    </message>
    <message>
        <source>An item is an object of fields.</source>
        <translation>Un punto es un objeto de campos.</translation>
    </message>
    <message>
        <source>An organisation has at most {limit} characters.</source>
        <translation>Una organización tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>Annotation text is limited to {limit} characters.</source>
        <translation>El texto de una anotación está limitado a {limit} caracteres.</translation>
    </message>
    <message>
        <source>Attention indicated</source>
        <translation>Atención indicada</translation>
    </message>
    <message>
        <source>Attention needed</source>
        <translation>Atención necesaria</translation>
    </message>
    <message>
        <source>Band limits must increase from band to band.</source>
        <translation>Los límites de las bandas deben aumentar de una banda a la siguiente.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>COVID-19 / infection</source>
        <translation>COVID-19 / infección</translation>
    </message>
    <message>
        <source>COVID-19 Safety &amp; Health</source>
        <translation>Seguridad y salud ante la COVID-19</translation>
    </message>
    <message>
        <source>Catastrophe (many deaths)</source>
        <translation>Catástrofe (muchas muertes)</translation>
    </message>
    <message>
        <source>Catastrophic (death)</source>
        <translation>Catastrófico (muerte)</translation>
    </message>
    <message>
        <source>Choose the SCORE module this visit belongs to.</source>
        <translation>Elija el módulo SCORE al que pertenece esta visita.</translation>
    </message>
    <message>
        <source>Clean Production</source>
        <translation>Producción más limpia</translation>
    </message>
    <message>
        <source>Click two different points to calibrate.</source>
        <translation>Haga clic en dos puntos distintos para calibrar.</translation>
    </message>
    <message>
        <source>Conceivable but very unlikely</source>
        <translation>Concebible pero muy improbable</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Consecuencia</translation>
    </message>
    <message>
        <source>Consider stopping the activity</source>
        <translation>Considerar detener la actividad</translation>
    </message>
    <message>
        <source>Constantly</source>
        <translation>Constantemente</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Correction required</source>
        <translation>Corrección necesaria</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Disaster (several deaths)</source>
        <translation>Desastre (varias muertes)</translation>
    </message>
    <message>
        <source>Do not start work until reduced</source>
        <translation>No iniciar el trabajo hasta reducirlo</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Eléctrico</translation>
    </message>
    <message>
        <source>Exposed workers cannot be negative.</source>
        <translation>Las personas expuestas no pueden ser negativas.</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Extra visit</source>
        <translation>Visita adicional</translation>
    </message>
    <message>
        <source>Extremely harmful</source>
        <translation>Extremadamente dañino</translation>
    </message>
    <message>
        <source>Fine-Kinney (P × E × C)</source>
        <translation>Fine-Kinney (P × E × C)</translation>
    </message>
    <message>
        <source>Fire &amp; explosion</source>
        <translation>Incendio y explosión</translation>
    </message>
    <message>
        <source>Follow-up 1</source>
        <translation>Seguimiento 1</translation>
    </message>
    <message>
        <source>Follow-up 2</source>
        <translation>Seguimiento 2</translation>
    </message>
    <message>
        <source>Follow-up 3</source>
        <translation>Seguimiento 3</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Frequent (daily)</source>
        <translation>Frecuente (diaria)</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>Igualdad de género</translation>
    </message>
    <message>
        <source>Harmful</source>
        <translation>Dañino</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Human Resource Management</source>
        <translation>Gestión de recursos humanos</translation>
    </message>
    <message>
        <source>Immediate correction</source>
        <translation>Corrección inmediata</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Important (lost time)</source>
        <translation>Importante (tiempo perdido)</translation>
    </message>
    <message>
        <source>In review mode only photos taken after an improvement can be added.</source>
        <translation>En modo de revisión solo se pueden añadir fotos tomadas después de una mejora.</translation>
    </message>
    <message>
        <source>In review mode you can change the status and the after photo of your projects only.</source>
        <translation>En modo de revisión solo puede cambiar el estado y la foto posterior de sus proyectos.</translation>
    </message>
    <message>
        <source>In review mode you can update only the projects you are responsible for.</source>
        <translation>En modo de revisión solo puede actualizar los proyectos de los que es responsable.</translation>
    </message>
    <message>
        <source>Intake / baseline</source>
        <translation>Visita inicial / línea de base</translation>
    </message>
    <message>
        <source>Intolerable</source>
        <translation>Intolerable</translation>
    </message>
    <message>
        <source>Item key “{key}” is missing, malformed or used twice.</source>
        <translation>La clave de punto “{key}” falta, está mal formada o se usa dos veces.</translation>
    </message>
    <message>
        <source>Item “{key}” depends on “{other}”, which is not an earlier item.</source>
        <translation>El punto “{key}” depende de “{other}”, que no es un punto anterior.</translation>
    </message>
    <message>
        <source>Item “{key}” has no text (the columns “text:…”).</source>
        <translation>El punto «{key}» no tiene texto (las columnas «text:…»).</translation>
    </message>
    <message>
        <source>Item “{key}” has no text.</source>
        <translation>El punto “{key}” no tiene texto.</translation>
    </message>
    <message>
        <source>Item “{key}”: likelihood and severity are from 1 to 5.</source>
        <translation>Punto “{key}”: la probabilidad y la gravedad van de 1 a 5.</translation>
    </message>
    <message>
        <source>Keep controls; periodic checks</source>
        <translation>Mantener los controles; comprobaciones periódicas</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Major (permanent disability)</source>
        <translation>Grave (discapacidad permanente)</translation>
    </message>
    <message>
        <source>May well be expected</source>
        <translation>Es muy posible que ocurra</translation>
    </message>
    <message>
        <source>Mechanical / machinery</source>
        <translation>Mecánico / maquinaria</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Moderate (lost time)</source>
        <translation>Moderado (tiempo perdido)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Monitor; routine controls</source>
        <translation>Vigilar; controles habituales</translation>
    </message>
    <message>
        <source>Monthly figure</source>
        <translation>Cifra mensual</translation>
    </message>
    <message>
        <source>Name the figure that is typed each month.</source>
        <translation>Indique la cifra que se escribe cada mes.</translation>
    </message>
    <message>
        <source>Negligible (first aid)</source>
        <translation>Insignificante (primeros auxilios)</translation>
    </message>
    <message>
        <source>No specific action</source>
        <translation>Ninguna acción específica</translation>
    </message>
    <message>
        <source>Not a text, number or yes/no.</source>
        <translation>No es un texto, un número ni sí/no.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Not very often</source>
        <translation>No muy a menudo</translation>
    </message>
    <message>
        <source>Not very severe</source>
        <translation>No muy grave</translation>
    </message>
    <message>
        <source>Noticeable (first aid)</source>
        <translation>Apreciable (primeros auxilios)</translation>
    </message>
    <message>
        <source>Occasional (weekly)</source>
        <translation>Ocasional (semanal)</translation>
    </message>
    <message>
        <source>Occupational Safety and Health</source>
        <translation>Seguridad y salud en el trabajo</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>A menudo</translation>
    </message>
    <message>
        <source>OiRA French (F × S)</source>
        <translation>OiRA francés (F × G)</translation>
    </message>
    <message>
        <source>OiRA Kinney (P × F × S)</source>
        <translation>OiRA Kinney (P × F × G)</translation>
    </message>
    <message>
        <source>Only remotely possible</source>
        <translation>Solo remotamente posible</translation>
    </message>
    <message>
        <source>Only the last band may be open-ended, and it must be.</source>
        <translation>Solo la última banda puede no tener límite, y debe ser así.</translation>
    </message>
    <message>
        <source>Physical: heat</source>
        <translation>Físico: calor</translation>
    </message>
    <message>
        <source>Physical: lighting</source>
        <translation>Físico: iluminación</translation>
    </message>
    <message>
        <source>Physical: noise</source>
        <translation>Físico: ruido</translation>
    </message>
    <message>
        <source>Physical: radiation</source>
        <translation>Físico: radiación</translation>
    </message>
    <message>
        <source>Physical: vibration</source>
        <translation>Físico: vibración</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Posible</translation>
    </message>
    <message>
        <source>Practically impossible</source>
        <translation>Prácticamente imposible</translation>
    </message>
    <message>
        <source>Priority action; management attention</source>
        <translation>Acción prioritaria; atención de la dirección</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psicosocial</translation>
    </message>
    <message>
        <source>Quality Management</source>
        <translation>Gestión de la calidad</translation>
    </message>
    <message>
        <source>Quite possible</source>
        <translation>Bastante posible</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>Raro</translation>
    </message>
    <message>
        <source>Rare (a few times a year)</source>
        <translation>Rara (unas veces al año)</translation>
    </message>
    <message>
        <source>Reduce the risk within a set time</source>
        <translation>Reducir el riesgo en un plazo fijado</translation>
    </message>
    <message>
        <source>Regularly</source>
        <translation>Regularmente</translation>
    </message>
    <message>
        <source>Say what should change: the consultant reads the reason.</source>
        <translation>Diga qué debe cambiar: el consultor lee el motivo.</translation>
    </message>
    <message>
        <source>Say who you are first (Preferences).</source>
        <translation>Diga primero quién es (Preferencias).</translation>
    </message>
    <message>
        <source>Section key “{key}” is missing, malformed or used twice.</source>
        <translation>La clave de sección “{key}” falta, está mal formada o se usa dos veces.</translation>
    </message>
    <message>
        <source>Section “{key}” has no items.</source>
        <translation>La sección «{key}» no tiene puntos.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Serious (permanent harm)</source>
        <translation>Grave (daño permanente)</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: {problem}</source>
        <translation>Hoja «{sheet}», fila {row}, columna {column}: {problem}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: {problem}</source>
        <translation>Hoja «{sheet}», fila {row}: {problem}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {problem}</source>
        <translation>Hoja «{sheet}»: {problem}</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Significativo</translation>
    </message>
    <message>
        <source>Slightly harmful</source>
        <translation>Ligeramente dañino</translation>
    </message>
    <message>
        <source>Slips, trips &amp; falls</source>
        <translation>Resbalones, tropiezos y caídas</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Specific controls; review</source>
        <translation>Controles específicos; revisión</translation>
    </message>
    <message>
        <source>Stop work until the risk is reduced</source>
        <translation>Detener el trabajo hasta reducir el riesgo</translation>
    </message>
    <message>
        <source>Stop work; forbidden until reduced</source>
        <translation>Detener el trabajo; prohibido hasta reducirlo</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Sustancial</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Template format {format} is not known.</source>
        <translation>El formato de plantilla {format} no se reconoce.</translation>
    </message>
    <message>
        <source>The checklist suggests a hazard category this workspace lacks.</source>
        <translation>La lista de verificación propone una categoría de peligro que no existe en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The column “{header}” is there twice.</source>
        <translation>La columna «{header}» aparece dos veces.</translation>
    </message>
    <message>
        <source>The column “{name}” is missing.</source>
        <translation>Falta la columna «{name}».</translation>
    </message>
    <message>
        <source>The due date is before the start date.</source>
        <translation>La fecha límite es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <source>The field “code” is missing.</source>
        <translation>Falta el campo «code».</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook ({why}).</source>
        <translation>El archivo no es un libro XLSX ({why}).</translation>
    </message>
    <message>
        <source>The file {why}</source>
        <translation>El archivo {why}</translation>
    </message>
    <message>
        <source>The grid size must be more than zero.</source>
        <translation>El tamaño de la cuadrícula debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The item key “{key}” is used twice.</source>
        <translation>La clave de punto «{key}» se usa dos veces.</translation>
    </message>
    <message>
        <source>The multiplier must be positive.</source>
        <translation>El multiplicador debe ser positivo.</translation>
    </message>
    <message>
        <source>The next visit cannot be before this visit.</source>
        <translation>La próxima visita no puede ser anterior a esta visita.</translation>
    </message>
    <message>
        <source>The real distance must be more than zero.</source>
        <translation>La distancia real debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The scale must be a positive number.</source>
        <translation>La escala debe ser un número positivo.</translation>
    </message>
    <message>
        <source>The section has no title.</source>
        <translation>La sección no tiene título.</translation>
    </message>
    <message>
        <source>The section key “{key}” is used twice.</source>
        <translation>La clave de sección «{key}» se usa dos veces.</translation>
    </message>
    <message>
        <source>The shape has no area (its corners are in a line).</source>
        <translation>La forma no tiene superficie (sus vértices están en línea).</translation>
    </message>
    <message>
        <source>The symbol is one or two characters.</source>
        <translation>El símbolo tiene uno o dos caracteres.</translation>
    </message>
    <message>
        <source>The text {problem}</source>
        <translation>El texto {problem}</translation>
    </message>
    <message>
        <source>The version is a whole number from 1.</source>
        <translation>La versión es un número entero a partir de 1.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{sheet}” (a template has the sheets {sheets}).</source>
        <translation>El libro no tiene la hoja «{sheet}» (una plantilla tiene las hojas {sheets}).</translation>
    </message>
    <message>
        <source>This app reads template format {format}.</source>
        <translation>Esta aplicación lee el formato de plantilla {format}.</translation>
    </message>
    <message>
        <source>This item is placed at one point.</source>
        <translation>Este elemento se coloca en un punto.</translation>
    </message>
    <message>
        <source>Tolerable</source>
        <translation>Tolerable</translation>
    </message>
    <message>
        <source>Transport / forklift</source>
        <translation>Transporte / montacargas</translation>
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
        <translation>Poco habitual (mensual)</translation>
    </message>
    <message>
        <source>Unusual but possible</source>
        <translation>Inusual pero posible</translation>
    </message>
    <message>
        <source>Version {version} of “{code}” is already in the workspace with other content; give this one version {next} in the sheet “Template”.</source>
        <translation>La versión {version} de «{code}» ya está en el espacio de trabajo con otro contenido; dele a esta la versión {next} en la hoja «Template».</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Muy alto</translation>
    </message>
    <message>
        <source>Very likely / almost certain</source>
        <translation>Muy probable / casi seguro</translation>
    </message>
    <message>
        <source>Very often / regularly</source>
        <translation>Muy a menudo / regularmente</translation>
    </message>
    <message>
        <source>Very rare (yearly)</source>
        <translation>Muy rara (anual)</translation>
    </message>
    <message>
        <source>Very serious (one death)</source>
        <translation>Muy grave (una muerte)</translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation>Muy grave</translation>
    </message>
    <message>
        <source>Very unlikely / rare</source>
        <translation>Muy improbable / raro</translation>
    </message>
    <message>
        <source>Virtually impossible</source>
        <translation>Virtualmente imposible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>Mujeres y hombres</translation>
    </message>
    <message>
        <source>Worker counts cannot be negative.</source>
        <translation>El número de trabajadores no puede ser negativo.</translation>
    </message>
    <message>
        <source>Workplace Cooperation</source>
        <translation>Cooperación en el lugar de trabajo</translation>
    </message>
    <message>
        <source>Year-after visit</source>
        <translation>Visita al cabo de un año</translation>
    </message>
    <message>
        <source>You work in review mode (enterprise manager): records are read-only; comments, your projects&apos; status and the decision on the plan can be changed.</source>
        <translation>Trabaja en modo de revisión (gerente de la empresa): los registros son de solo lectura; se pueden cambiar los comentarios, el estado de sus proyectos y la decisión sobre el plan.</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>un carácter NUL</translation>
    </message>
    <message>
        <source>a code that is not a character</source>
        <translation>un código que no es un carácter</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un carácter de control</translation>
    </message>
    <message>
        <source>half of a character pair</source>
        <translation>la mitad de un par de caracteres</translation>
    </message>
    <message>
        <source>holds {what} (U+{code}, character {position}) that cannot be stored; remove it.</source>
        <translation>contiene {what} (U+{code}, carácter {position}) que no se puede guardar; elimínelo.</translation>
    </message>
    <message>
        <source>{factor} must be one of {allowed}, not {value}.</source>
        <translation>{factor} debe ser uno de {allowed}, no {value}.</translation>
    </message>
    <message>
        <source>{factor}: choose a rating.</source>
        <translation>{factor}: elija una valoración.</translation>
    </message>
    <message>
        <source>{indicator} would be {result} %: {top} exceeds {bottom}.</source>
        <translation>{indicator} sería {result} %: {top} supera {bottom}.</translation>
    </message>
    <message>
        <source>{input} is zero: {indicator} is undefined.</source>
        <translation>{input} es cero: {indicator} no está definido.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} no puede ser negativo.</translation>
    </message>
    <message>
        <source>{letter} ({name})</source>
        <translation>{letter} ({name})</translation>
    </message>
    <message>
        <source>{method} has no factor {factor}.</source>
        <translation>{method} no tiene el factor {factor}.</translation>
    </message>
    <message>
        <source>{month} has not happened yet.</source>
        <translation>{month} aún no ha llegado.</translation>
    </message>
    <message>
        <source>{month} is before the engagement began ({first}).</source>
        <translation>{month} es anterior al inicio del acompañamiento ({first}).</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>“{category_code}” is not a hazard category.</source>
        <translation>“{category_code}” no es una categoría de peligro.</translation>
    </message>
    <message>
        <source>“{category}” is not a hazard category.</source>
        <translation>“{category}” no es una categoría de peligro.</translation>
    </message>
    <message>
        <source>“{code}” is not a template code.</source>
        <translation>“{code}” no es un código de plantilla.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour like #2E86C1.</source>
        <translation>“{colour}” no es un color como #2E86C1.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour like #E53935.</source>
        <translation>“{colour}” no es un color como #E53935.</translation>
    </message>
    <message>
        <source>“{currency}” is not a currency code like CNY or USD.</source>
        <translation>“{currency}” no es un código de moneda como CNY o USD.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>“{fill}” is not a colour like #A0C4E8.</source>
        <translation>“{fill}” no es un color como #A0C4E8.</translation>
    </message>
    <message>
        <source>“{header}” is not a column of this sheet.</source>
        <translation>«{header}» no es una columna de esta hoja.</translation>
    </message>
    <message>
        <source>“{key}” is not a key: letters, digits, . _ - (up to 40), starting with a letter or digit.</source>
        <translation>«{key}» no es una clave: letras, cifras, . _ - (hasta 40), empezando por una letra o cifra.</translation>
    </message>
    <message>
        <source>“{key}” is not a section of the sheet “Sections”.</source>
        <translation>«{key}» no es una sección de la hoja «Sections».</translation>
    </message>
    <message>
        <source>“{level}” is not a level of control ({levels}).</source>
        <translation>«{level}» no es un nivel de control ({levels}).</translation>
    </message>
    <message>
        <source>“{level}” is not a level of control.</source>
        <translation>“{level}” no es un nivel de la jerarquía de controles.</translation>
    </message>
    <message>
        <source>“{name}” is missing.</source>
        <translation>Falta “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a template.</source>
        <translation>«{name}» no es un campo de una plantilla.</translation>
    </message>
    <message>
        <source>“{name}” is not a text by language.</source>
        <translation>“{name}” no es un texto por idioma.</translation>
    </message>
    <message>
        <source>“{name}” is not a whole number.</source>
        <translation>“{name}” no es un número entero.</translation>
    </message>
    <message>
        <source>“{name}” is there twice.</source>
        <translation>«{name}» aparece dos veces.</translation>
    </message>
    <message>
        <source>“{nr5_group}” is not an NR-5 group.</source>
        <translation>“{nr5_group}” no es un grupo NR-5.</translation>
    </message>
    <message>
        <source>“{other}” is not an earlier item (an item can depend only on items before it).</source>
        <translation>«{other}» no es un punto anterior (un punto solo puede depender de puntos anteriores).</translation>
    </message>
    <message>
        <source>“{text}” can only use =.</source>
        <translation>“{text}” solo puede usar =.</translation>
    </message>
    <message>
        <source>“{text}” is not a condition like A3=yes.</source>
        <translation>“{text}” no es una condición como A3=yes.</translation>
    </message>
    <message>
        <source>“{text}” needs workers&gt;=N or workers&lt;N.</source>
        <translation>“{text}” debe tener la forma workers&gt;=N o workers&lt;N.</translation>
    </message>
    <message>
        <source>“{text}”: an answer is one of yes, no, not_applicable, not_checked.</source>
        <translation>“{text}”: una respuesta es yes, no, not_applicable o not_checked.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number from {low} to {high}.</source>
        <translation>«{value}» no es un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no.</source>
        <translation>«{value}» no es sí ni no.</translation>
    </message>
</context>
<context>
    <name>DxfFiles</name>
    <message>
        <source>Import CAD drawing</source>
        <translation>Importar dibujo CAD</translation>
    </message>
    <message>
        <source>CAD drawings (*.dxf);;All files (*)</source>
        <translation>Dibujos CAD (*.dxf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>Drawing the layers of %1</source>
        <translation>Dibujando las capas de %1</translation>
    </message>
    <message>
        <source>CAD drawing placed at its true size (1 pixel = %1 cm); traced items keep theirs.</source>
        <translation>Dibujo CAD colocado a su tamaño real (1 píxel = %1 cm); los elementos trazados conservan el suyo.</translation>
    </message>
    <message>
        <source>Not drawn: %1.</source>
        <translation>No dibujado: %1.</translation>
    </message>
    <message>
        <source>Export as DXF</source>
        <translation>Exportar como DXF</translation>
    </message>
    <message>
        <source>CAD drawings (*.dxf)</source>
        <translation>Dibujos CAD (*.dxf)</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Escribiendo %1</translation>
    </message>
    <message>
        <source>Plan written: %1</source>
        <translation>Plano guardado: %1</translation>
    </message>
</context>
<context>
    <name>DxfLayerDialog</name>
    <message>
        <source>Layers of %1</source>
        <translation>Capas de %1</translation>
    </message>
    <message>
        <source>Units: %1, so the drawing is placed at its true size.</source>
        <translation>Unidades: %1, así que el dibujo se coloca a su tamaño real.</translation>
    </message>
    <message>
        <source>The drawing states no units; it is read as millimetres. Measure a known distance after importing and calibrate with K if it is off.</source>
        <translation>El dibujo no indica unidades; se lee en milímetros. Tras importarlo, mida una distancia conocida y calibre con K si no coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n elemento)</numerusform>
            <numerusform>%1 (%n elementos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not drawn (kinds this import does not read): %1</source>
        <translation>No dibujado (tipos que esta importación no lee): %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>EditorMenus</name>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Traer al frente</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Enviar al fondo</translation>
    </message>
    <message>
        <source>Align left edges</source>
        <translation>Alinear bordes izquierdos</translation>
    </message>
    <message>
        <source>Align top edges</source>
        <translation>Alinear bordes superiores</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Fit plan</source>
        <translation>Ajustar el plano</translation>
    </message>
    <message>
        <source>Zoom 100 %</source>
        <translation>Zoom 100 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Show grid</source>
        <translation>Mostrar cuadrícula</translation>
    </message>
    <message>
        <source>Show legend</source>
        <translation>Mostrar leyenda</translation>
    </message>
    <message>
        <source>Legend: title only</source>
        <translation>Leyenda: solo el título</translation>
    </message>
    <message>
        <source>Show hazard register</source>
        <translation>Mostrar el registro de peligros</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Structure (walls, doors, exits)</source>
        <translation>Estructura (paredes, puertas, salidas)</translation>
    </message>
    <message>
        <source>Zones and areas</source>
        <translation>Zonas y áreas</translation>
    </message>
    <message>
        <source>Equipment and safety points</source>
        <translation>Equipos y puntos de seguridad</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Hazard pins</source>
        <translation>Marcadores de peligro</translation>
    </message>
    <message>
        <source>Photo pins</source>
        <translation>Marcadores de foto</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Import background…</source>
        <translation>Importar fondo…</translation>
    </message>
    <message>
        <source>Import CAD drawing (DXF)…</source>
        <translation>Importar dibujo CAD (DXF)…</translation>
    </message>
    <message>
        <source>A DXF drawing as the background at its true size, layers chosen</source>
        <translation>Un dibujo DXF como fondo a su tamaño real, eligiendo las capas</translation>
    </message>
    <message>
        <source>Remove background</source>
        <translation>Quitar el fondo</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exportar como SVG…</translation>
    </message>
    <message>
        <source>Export as DXF…</source>
        <translation>Exportar como DXF…</translation>
    </message>
    <message>
        <source>The traced plan for CAD tools, in metres, a layer per kind</source>
        <translation>El plano trazado para programas CAD, en metros, una capa por tipo</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>New enterprise</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <source>Edit enterprise</source>
        <translation>Editar empresa</translation>
    </message>
    <message>
        <source>An enterprise needs a name.</source>
        <translation>Una empresa necesita un nombre.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>La dirección de correo electrónico no es válida.</translation>
    </message>
    <message>
        <source>Total: %1 people, %2 % women</source>
        <translation>Total: %1 personas, %2 % mujeres</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Registered or usual name</source>
        <translation>Nombre registrado o habitual</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Productos:</translation>
    </message>
    <message>
        <source>Main products or services</source>
        <translation>Productos o servicios principales</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Region / city:</source>
        <translation>&amp;Región / ciudad:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Main &amp;buyers:</source>
        <translation>&amp;Compradores principales:</translation>
    </message>
    <message>
        <source>Brands, buyers or supply chain</source>
        <translation>Marcas, compradores o cadena de suministro</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mo&amp;neda:</translation>
    </message>
    <message>
        <source>ISO code, e.g. CNY; empty: from the country</source>
        <translation>Código ISO, p. ej., CNY; vacío: según el país</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>Persona de c&amp;ontacto:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Workforce by sex</source>
        <translation>Personal por sexo</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>Personal &amp;operativo:</translation>
    </message>
    <message>
        <source>&amp;Managers:</source>
        <translation>&amp;Mandos:</translation>
    </message>
    <message>
        <source>A trade &amp;union is present</source>
        <translation>Hay un &amp;sindicato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>EnterprisePanel</name>
    <message>
        <source>Select an enterprise, or add one with Ctrl+N.</source>
        <translation>Seleccione una empresa, o añada una con Ctrl+N.</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>Workforce:</source>
        <translation>Personal:</translation>
    </message>
    <message>
        <source>Main buyers:</source>
        <translation>Compradores principales:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>Select a visit to read its record.</source>
        <translation>Seleccione una visita para leer su registro.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Floor plans</source>
        <translation>Planos</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>Registro de la visita</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>▲ Visits · %1 ▼</source>
        <translation>▲ Visitas · %1 ▼</translation>
    </message>
    <message>
        <source>Drag to give the visits or the %1 more room</source>
        <translation>Arrastre para dar más espacio a las visitas o a %1</translation>
    </message>
    <message>
        <source>%1 workers (%2 women, %3 men), %4 managers (%5 women, %6 men); %7 % women</source>
        <translation>%1 trabajadores (%2 mujeres, %3 hombres), %4 mandos (%5 mujeres, %6 hombres); %7 % mujeres</translation>
    </message>
    <message>
        <source>trade union present</source>
        <translation>hay sindicato</translation>
    </message>
    <message>
        <source>created %1 by %2</source>
        <translation>creado el %1 por %2</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>creado el %1</translation>
    </message>
    <message>
        <source>last changed %1 by %2</source>
        <translation>último cambio el %1 por %2</translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>último cambio el %1</translation>
    </message>
    <message>
        <source>(Edit ▸ History…)</source>
        <translation>(Editar ▸ Historial…)</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>Consultor/a: %1</translation>
    </message>
    <message>
        <source>Safety inspector: %1</source>
        <translation>Inspector/a de seguridad: %1</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Asistentes: %1</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Próximos pasos acordados</translation>
    </message>
    <message>
        <source>Next visit: %1</source>
        <translation>Próxima visita: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflicto por resolver</numerusform>
            <numerusform>%n conflictos por resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>SCORE Desktop user</source>
        <translation>Usuario/a de SCORE Desktop</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Package written: %1 (%2 records, %3 photos and images, %4)</source>
        <translation>Paquete escrito: %1 (%2 registros, %3 fotos e imágenes, %4)</translation>
    </message>
    <message>
        <source>Checking and merging %1…</source>
        <translation>Comprobando y fusionando %1…</translation>
    </message>
    <message>
        <source>Package received</source>
        <translation>Paquete recibido</translation>
    </message>
    <message>
        <source>This package was received before: nothing changed.</source>
        <translation>Este paquete ya se había recibido: no cambió nada.</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>un remitente sin nombre</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n registro añadido</numerusform>
            <numerusform>%n registros añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) merged</source>
        <translation>
            <numerusform>%n registro fusionado</numerusform>
            <numerusform>%n registros fusionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n registro eliminado</numerusform>
            <numerusform>%n registros eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored</source>
        <translation>
            <numerusform>%n registro restaurado</numerusform>
            <numerusform>%n registros restaurados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied</source>
        <translation>
            <numerusform>%n foto copiada</numerusform>
            <numerusform>%n fotos copiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) already here, not copied again</source>
        <translation>
            <numerusform>%n foto ya estaba aquí, no se copió de nuevo</numerusform>
            <numerusform>%n fotos ya estaban aquí, no se copiaron de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left in the conflict inbox</source>
        <translation>
            <numerusform>%n cambio pendiente en la bandeja de conflictos</numerusform>
            <numerusform>%n cambios pendientes en la bandeja de conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: every change in it was already here.</source>
        <translation>Nada nuevo: cada cambio que contiene ya estaba aquí.</translation>
    </message>
    <message>
        <source>Open the conflict &amp;inbox</source>
        <translation>Abrir la &amp;bandeja de conflictos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sending cancelled: no file was written.</source>
        <translation>Envío cancelado: no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message numerus="yes">
        <source>%n character(s) that the file cannot hold (control characters) were written as �.</source>
        <translation>
            <numerusform>%n carácter que el archivo no puede contener (carácter de control) se escribió como �.</numerusform>
            <numerusform>%n caracteres que el archivo no puede contener (caracteres de control) se escribieron como �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than a spreadsheet cell holds (32,767 characters) were cut, ending in “…”.</source>
        <translation>
            <numerusform>%n celda más larga de lo que admite una celda de hoja de cálculo (32.767 caracteres) se recortó y termina en “…”.</numerusform>
            <numerusform>%n celdas más largas de lo que admite una celda de hoja de cálculo (32.767 caracteres) se recortaron y terminan en “…”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>FloorPlanScene</name>
    <message>
        <source>The stored background image cannot be read.</source>
        <translation>No se puede leer la imagen de fondo guardada.</translation>
    </message>
    <message>
        <source>Move %1 item(s)</source>
        <translation>Mover %1 elemento(s)</translation>
    </message>
    <message>
        <source>Move background</source>
        <translation>Mover el fondo</translation>
    </message>
</context>
<context>
    <name>GalleryChooser</name>
    <message>
        <source>Photos from the gallery</source>
        <translation>Fotos de la galería</translation>
    </message>
</context>
<context>
    <name>HazardDialog</name>
    <message>
        <source>Edit hazard H%1: %2</source>
        <translation>Editar peligro H%1: %2</translation>
    </message>
    <message>
        <source>New hazard</source>
        <translation>Nuevo peligro</translation>
    </message>
    <message>
        <source>Edit hazard</source>
        <translation>Editar peligro</translation>
    </message>
    <message>
        <source>— (not on a zone)</source>
        <translation>— (fuera de una zona)</translation>
    </message>
    <message>
        <source>Proposed control</source>
        <translation>Control propuesto</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Add control</source>
        <translation>Añadir control</translation>
    </message>
    <message>
        <source>Remove control</source>
        <translation>Quitar control</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zona:</translation>
    </message>
    <message>
        <source>&amp;Source (machine, substance, task):</source>
        <translation>&amp;Fuente (máquina, sustancia, tarea):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>women</source>
        <translation>mujeres</translation>
    </message>
    <message>
        <source>men</source>
        <translation>hombres</translation>
    </message>
    <message>
        <source>Exposed workers:</source>
        <translation>Personas expuestas:</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Método: %1</translation>
    </message>
    <message>
        <source>Existing controls and initial risk</source>
        <translation>Controles existentes y riesgo inicial</translation>
    </message>
    <message>
        <source>Existing controls:</source>
        <translation>Controles existentes:</translation>
    </message>
    <message>
        <source>Proposed controls (hierarchy of controls)</source>
        <translation>Controles propuestos (jerarquía de controles)</translation>
    </message>
    <message>
        <source>Residual risk (with the proposed controls)</source>
        <translation>Riesgo residual (con los controles propuestos)</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Identified by:</source>
        <translation>Identificado por:</translation>
    </message>
    <message>
        <source>Identified on visit:</source>
        <translation>Identificado en la visita:</translation>
    </message>
    <message>
        <source>&amp;Legal reference:</source>
        <translation>Referencia &amp;legal:</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>Risk and controls</source>
        <translation>Riesgo y controles</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Rate every factor of the initial risk, or none.</source>
        <translation>Valore todos los factores del riesgo inicial, o ninguno.</translation>
    </message>
    <message>
        <source>Rate every factor of the residual risk, or none.</source>
        <translation>Valore todos los factores del riesgo residual, o ninguno.</translation>
    </message>
</context>
<context>
    <name>HazardEditing</name>
    <message>
        <source>Edit hazard</source>
        <translation>Editar peligro</translation>
    </message>
    <message>
        <source>Pin hazard</source>
        <translation>Situar el peligro</translation>
    </message>
    <message>
        <source>Click on the plan where this hazard is.</source>
        <translation>Haga clic en el plano donde está este peligro.</translation>
    </message>
    <message>
        <source>Duplicate hazards (%1)</source>
        <translation>Duplicar peligros (%1)</translation>
    </message>
</context>
<context>
    <name>HazardFollowUp</name>
    <message>
        <source>“%1” is done.</source>
        <translation>«%1» está terminado.</translation>
    </message>
    <message numerus="yes">
        <source>Are the controls of its %n hazard(s) in place?</source>
        <translation>
            <numerusform>¿Están implantados los controles de su %n peligro?</numerusform>
            <numerusform>¿Están implantados los controles de sus %n peligros?</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes marks them controlled (one step to undo); No saves the project.</source>
        <translation>Sí los marca como controlados (un solo paso para deshacer); No guarda el proyecto.</translation>
    </message>
    <message>
        <source>Hazards of the project</source>
        <translation>Peligros del proyecto</translation>
    </message>
    <message numerus="yes">
        <source>%1 and mark its %n hazard(s) controlled</source>
        <translation>
            <numerusform>%1 y marcar su %n peligro como controlado</numerusform>
            <numerusform>%1 y marcar sus %n peligros como controlados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HazardPins</name>
    <message>
        <source>Move hazard pins (%1)</source>
        <translation>Mover marcadores de peligro (%1)</translation>
    </message>
</context>
<context>
    <name>HazardRegisterPanel</name>
    <message>
        <source>Search hazards…</source>
        <translation>Buscar peligros…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All risk bands</source>
        <translation>Todas las bandas</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Todas las visitas</translation>
    </message>
    <message>
        <source>Bands…</source>
        <translation>Bandas…</translation>
    </message>
    <message>
        <source>Change band limits and labels as a named profile</source>
        <translation>Cambiar límites y etiquetas de las bandas como un perfil con nombre</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Categorías…</translation>
    </message>
    <message>
        <source>Pins by category</source>
        <translation>Marcadores por categoría</translation>
    </message>
    <message>
        <source>Pins by NR-5 colours</source>
        <translation>Marcadores con colores NR-5</translation>
    </message>
    <message>
        <source>Pins by risk band</source>
        <translation>Marcadores por banda de riesgo</translation>
    </message>
    <message>
        <source>The risk the pins, the legend, the band filter and the matrix show. Current risk: the initial rating until the controls are in place (status controlled or verified), then the residual rating.</source>
        <translation>El riesgo que muestran los marcadores, la leyenda, el filtro de bandas y la matriz. Riesgo actual: la valoración inicial hasta que los controles estén implantados (estado controlado o verificado); después, la residual.</translation>
    </message>
    <message>
        <source>New hazard…</source>
        <translation>Nuevo peligro…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Pin on plan</source>
        <translation>Situar en el plano</translation>
    </message>
    <message>
        <source>Click on the plan to place the selected hazard</source>
        <translation>Haga clic en el plano para colocar el peligro seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Risk method:</source>
        <translation>Método de riesgo:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Not on the plan</source>
        <translation>Fuera del plano</translation>
    </message>
</context>
<context>
    <name>HazardTableModel</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Exposed ♀/♂</source>
        <translation>Exp. ♀/♂</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Riesgo inicial</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Riesgo residual</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Vencido desde el %1</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>desconocida (%1)</translation>
    </message>
    <message>
        <source>not on the plan</source>
        <translation>fuera del plano</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>Buscar una acción o una tecla…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Demo enterprise</source>
        <translation>Empresa de demostración</translation>
    </message>
    <message>
        <source>The demo enterprise is already in this workspace.</source>
        <translation>La empresa de demostración ya está en este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Select a record to see its history.</source>
        <translation>Seleccione un registro para ver su historial.</translation>
    </message>
    <message>
        <source>Select an enterprise to see its activity.</source>
        <translation>Seleccione una empresa para ver su actividad.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Fields: before → after</source>
        <translation>Campos: antes → después</translation>
    </message>
    <message>
        <source>No change of this record is recorded.</source>
        <translation>No hay ningún cambio registrado de este registro.</translation>
    </message>
    <message>
        <source>Created by %1, %2.</source>
        <translation>Creado por %1, %2.</translation>
    </message>
    <message>
        <source>Recorded before history was kept (%2).</source>
        <translation>Registrado antes de que se llevara el historial (%2).</translation>
    </message>
    <message>
        <source>Created %2.</source>
        <translation>Creado %2.</translation>
    </message>
    <message>
        <source>Deleted %2.</source>
        <translation>Eliminado %2.</translation>
    </message>
    <message>
        <source>Last changed %2.</source>
        <translation>Último cambio %2.</translation>
    </message>
    <message>
        <source>Deleted by %1, %2.</source>
        <translation>Eliminado por %1, %2.</translation>
    </message>
    <message>
        <source>Last changed by %1, %2.</source>
        <translation>Último cambio por %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImprovementTabs</name>
    <message>
        <source>Programme indicators</source>
        <translation>Indicadores del programa</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Programme overview</source>
        <translation>Resumen del programa</translation>
    </message>
    <message>
        <source>EIT and EIP — %1</source>
        <translation>EME y PME — %1</translation>
    </message>
</context>
<context>
    <name>ImprovementWorkspace</name>
    <message>
        <source>Improvement plan (EIP)</source>
        <translation>Plan de mejora (PME)</translation>
    </message>
    <message>
        <source>Team (EIT)</source>
        <translation>Equipo (EME)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Revisión de seguimiento</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Workers</source>
        <translation>Personal operativo</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Personal directivo</translation>
    </message>
    <message>
        <source>Absenteeism</source>
        <translation>Ausentismo</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Days lost</source>
        <translation>Días perdidos</translation>
    </message>
    <message>
        <source>Possible working days</source>
        <translation>Días laborables posibles</translation>
    </message>
    <message>
        <source>Labour turnover</source>
        <translation>Rotación de personal</translation>
    </message>
    <message>
        <source>Separations</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Average headcount</source>
        <translation>Plantilla media</translation>
    </message>
    <message>
        <source>Defect / reject rate</source>
        <translation>Tasa de defectos / rechazos</translation>
    </message>
    <message>
        <source>Defective units</source>
        <translation>Unidades defectuosas</translation>
    </message>
    <message>
        <source>Units produced</source>
        <translation>Unidades producidas</translation>
    </message>
    <message>
        <source>Customer complaints or returns</source>
        <translation>Quejas o devoluciones de clientes</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casos</translation>
    </message>
    <message>
        <source>Complaints or returns</source>
        <translation>Quejas o devoluciones</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productividad</translation>
    </message>
    <message>
        <source>units per worker-hour</source>
        <translation>unidades por hora-persona</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Worker-hours</source>
        <translation>Horas-trabajador</translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation>Entregas a tiempo</translation>
    </message>
    <message>
        <source>Orders on time</source>
        <translation>Pedidos a tiempo</translation>
    </message>
    <message>
        <source>Orders delivered</source>
        <translation>Pedidos entregados</translation>
    </message>
    <message>
        <source>Energy per unit of output</source>
        <translation>Energía por unidad producida</translation>
    </message>
    <message>
        <source>kWh per unit</source>
        <translation>kWh por unidad</translation>
    </message>
    <message>
        <source>kWh used</source>
        <translation>kWh consumidos</translation>
    </message>
    <message>
        <source>Water per unit of output</source>
        <translation>Agua por unidad producida</translation>
    </message>
    <message>
        <source>m³ per unit</source>
        <translation>m³ por unidad</translation>
    </message>
    <message>
        <source>Water m³</source>
        <translation>Agua m³</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Residuos</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Waste kg</source>
        <translation>Residuos kg</translation>
    </message>
    <message>
        <source>Lost-time accidents</source>
        <translation>Accidentes con baja</translation>
    </message>
    <message>
        <source>Lost-time injuries</source>
        <translation>Lesiones con baja</translation>
    </message>
    <message>
        <source>Days lost to accidents</source>
        <translation>Días perdidos por accidentes</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Accident frequency rate</source>
        <translation>Índice de frecuencia de accidentes</translation>
    </message>
    <message>
        <source>per 1,000,000 hours</source>
        <translation>por cada 1.000.000 de horas</translation>
    </message>
    <message>
        <source>New injury cases</source>
        <translation>Casos nuevos de lesión</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Horas trabajadas</translation>
    </message>
    <message>
        <source>Accident incidence rate</source>
        <translation>Índice de incidencia de accidentes</translation>
    </message>
    <message>
        <source>per 1,000 workers</source>
        <translation>por cada 1.000 trabajadores</translation>
    </message>
    <message>
        <source>Cost savings</source>
        <translation>Ahorro de costos</translation>
    </message>
    <message>
        <source>currency per month</source>
        <translation>moneda al mes</translation>
    </message>
    <message>
        <source>Savings of done and verified projects</source>
        <translation>Ahorros de los proyectos terminados y verificados</translation>
    </message>
    <message>
        <source>Suggestions received</source>
        <translation>Sugerencias recibidas</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>sugerencias</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Suggestions implemented</source>
        <translation>Sugerencias aplicadas</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implementadas</translation>
    </message>
    <message>
        <source>EIT meetings held</source>
        <translation>Reuniones del EME realizadas</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>reuniones</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Improvement projects started</source>
        <translation>Proyectos de mejora iniciados</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>proyectos</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciados</translation>
    </message>
    <message>
        <source>Improvement projects completed</source>
        <translation>Proyectos de mejora terminados</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminados</translation>
    </message>
</context>
<context>
    <name>IndicatorGridModel</name>
    <message>
        <source>Counted from the EIT and EIP records</source>
        <translation>Calculado a partir de los registros del EME y el PME</translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation>Fórmula: %1</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>More than 50 % away from the month before: please check.</source>
        <translation>Más de un 50 % de diferencia con el mes anterior: compruébelo.</translation>
    </message>
    <message>
        <source>The pasted block (%1 × %2) does not fit from this cell.</source>
        <translation>El bloque pegado (%1 × %2) no cabe a partir de esta celda.</translation>
    </message>
    <message>
        <source>“%1” is computed, not typed.</source>
        <translation>“%1” se calcula, no se escribe.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” no es un número.</translation>
    </message>
    <message numerus="yes">
        <source>Edit indicators (%n value(s))</source>
        <translation>
            <numerusform>Editar indicadores (%n valor)</numerusform>
            <numerusform>Editar indicadores (%n valores)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Type the raw figures; rates are computed (green: better than the baseline, red: worse; brown figures moved over 50 % from the month before: check them). Paste a block copied from a spreadsheet with Ctrl+V.</source>
        <translation>Escriba las cifras brutas; las tasas se calculan (verde: mejor que la línea de base, rojo: peor; las cifras en marrón cambiaron más de un 50 % respecto al mes anterior: revíselas). Pegue con Ctrl+V un bloque copiado de una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Add indicator…</source>
        <translation>Añadir indicador…</translation>
    </message>
    <message>
        <source>An indicator of your programme, for every enterprise</source>
        <translation>Un indicador de su programa, para cada empresa</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exportar datos…</translation>
    </message>
    <message>
        <source>CSV or Excel, one row per month, indicator and sex</source>
        <translation>CSV o Excel, una fila por mes, indicador y sexo</translation>
    </message>
    <message>
        <source>Monthly data</source>
        <translation>Datos mensuales</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Baseline survey</source>
        <translation>Encuesta de línea de base</translation>
    </message>
    <message>
        <source>Correct the baseline</source>
        <translation>Corregir la línea de base</translation>
    </message>
    <message>
        <source>The baseline already has a value. Why does it change?</source>
        <translation>La línea de base ya tiene un valor. ¿Por qué cambia?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Add indicator “%1”</source>
        <translation>Añadir indicador “%1”</translation>
    </message>
    <message>
        <source>Export indicator data</source>
        <translation>Exportar datos de indicadores</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, separado por comas (*.csv)</translation>
    </message>
    <message>
        <source>The data could not be saved to %1: %2</source>
        <translation>No se pudieron guardar los datos en %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2) vs baseline</source>
        <translation>%1 (%2) respecto a la línea de base</translation>
    </message>
</context>
<context>
    <name>LegendCard</name>
    <message>
        <source>Show the whole legend (Shift+L)</source>
        <translation>Mostrar toda la leyenda (Mayús+L)</translation>
    </message>
    <message>
        <source>Fold the legend to its title (Shift+L)</source>
        <translation>Plegar la leyenda a su título (Mayús+L)</translation>
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
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Informe escrito: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n visit(s)?
You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>¿Eliminar “%1” y su %n visita?
Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>¿Eliminar “%1” y sus %n visitas?
Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Informe escrito</translation>
    </message>
    <message>
        <source>Load demo enterprise</source>
        <translation>Cargar la empresa de demostración</translation>
    </message>
    <message>
        <source>SCORE Desktop</source>
        <translation>SCORE Desktop</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <source>SCORE Desktop — %1 (read-only)</source>
        <translation>SCORE Desktop — %1 (solo lectura)</translation>
    </message>
    <message>
        <source>Workspace: %1 — read-only: browse and export, no edits</source>
        <translation>Espacio de trabajo: %1 — solo lectura: consultar y exportar, sin cambios</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Abriendo el espacio de trabajo…</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <source>Drag between two points, or click one and then the other, to measure the distance; type a length in metres to see where it reaches.</source>
        <translation>Arrastre entre dos puntos, o haga clic en uno y luego en el otro, para medir la distancia; escriba una longitud en metros para ver hasta dónde llega.</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Distancia: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New EIT meeting</source>
        <translation>Nueva reunión del EME</translation>
    </message>
    <message>
        <source>EIT meeting</source>
        <translation>Reunión del EME</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Asistentes:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <source>De&amp;cisions:</source>
        <translation>De&amp;cisiones:</translation>
    </message>
    <message>
        <source>Projects discussed:</source>
        <translation>Proyectos tratados:</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Log meeting…</source>
        <translation>Registrar reunión…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Meetings per month (last %1 months): %2</source>
        <translation>Reuniones por mes (últimos %1 meses): %2</translation>
    </message>
    <message>
        <source>Log EIT meeting</source>
        <translation>Registrar reunión del EME</translation>
    </message>
    <message>
        <source>Edit EIT meeting</source>
        <translation>Editar reunión del EME</translation>
    </message>
    <message>
        <source>Delete EIT meeting</source>
        <translation>Eliminar reunión del EME</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New team member</source>
        <translation>Nuevo miembro del equipo</translation>
    </message>
    <message>
        <source>Elected by the workers</source>
        <translation>Elegido/a por el personal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Incorporación:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Salida:</translation>
    </message>
</context>
<context>
    <name>MostMissedTable</name>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Answered no</source>
        <translation>Respondido «no»</translation>
    </message>
    <message>
        <source>Share of no</source>
        <translation>Proporción de «no»</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % de %2</translation>
    </message>
</context>
<context>
    <name>OfficeActions</name>
    <message>
        <source>Syncing with the office server…</source>
        <translation>Sincronizando con el servidor de la oficina…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sync cancelled: what was synced stays; the next sync goes on.</source>
        <translation>Sincronización cancelada: lo ya sincronizado se mantiene; la próxima sincronización continuará.</translation>
    </message>
    <message>
        <source>Synced with the office: %1 sent, %2 received.</source>
        <translation>Sincronizado con la oficina: %1 enviados, %2 recibidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync with the office</source>
        <translation>Sincronización con la oficina</translation>
    </message>
    <message numerus="yes">
        <source>The automatic sync did not get through; it tries again in %n minute(s).</source>
        <translation>
            <numerusform>La sincronización automática no se completó; se intentará de nuevo en %n minuto.</numerusform>
            <numerusform>La sincronización automática no se completó; se intentará de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Office: syncing…</source>
        <translation>Oficina: sincronizando…</translation>
    </message>
    <message>
        <source>Office: not connected</source>
        <translation>Oficina: sin conectar</translation>
    </message>
    <message numerus="yes">
        <source>Office: %n conflict(s)</source>
        <translation>
            <numerusform>Oficina: %n conflicto</numerusform>
            <numerusform>Oficina: %n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Office: offline</source>
        <translation>Oficina: sin conexión</translation>
    </message>
    <message>
        <source>Office: online</source>
        <translation>Oficina: en línea</translation>
    </message>
    <message>
        <source>Connect to the office…</source>
        <translation>Conectarse a la oficina…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Office server password</source>
        <translation>Contraseña del servidor de la oficina</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña para %1:</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>No photos yet. Drop photos here, or use Add photos…</source>
        <translation>Aún no hay fotos. Suéltelas aquí, o use Añadir fotos…</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Añadir fotos…</translation>
    </message>
    <message>
        <source>Open and annotate</source>
        <translation>Abrir y anotar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Compare before/after</source>
        <translation>Comparar antes/después</translation>
    </message>
    <message>
        <source>Needs a before and an after photo of the selected photo&apos;s hazard</source>
        <translation>Necesita una foto de antes y una de después del peligro de la foto seleccionada</translation>
    </message>
    <message>
        <source>Caption of the selected photo</source>
        <translation>Pie de la foto seleccionada</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Todas las fotos</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Visita %1</translation>
    </message>
    <message>
        <source>Hazard: %1</source>
        <translation>Peligro: %1</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (dañada)</translation>
    </message>
    <message>
        <source>Risk: not rated</source>
        <translation>Riesgo: sin evaluar</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Riesgo: %1</translation>
    </message>
    <message>
        <source>— no hazard —</source>
        <translation>— sin peligro —</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Editar pie de foto</translation>
    </message>
    <message>
        <source>Tag photo</source>
        <translation>Etiquetar foto</translation>
    </message>
    <message>
        <source>Link photo to hazard</source>
        <translation>Vincular foto a un peligro</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>%n foto importada.</numerusform>
            <numerusform>%n fotos importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the rest was not read.</source>
        <translation>Se canceló la importación; el resto no se leyó.</translation>
    </message>
    <message>
        <source>Photo import</source>
        <translation>Importación de fotos</translation>
    </message>
</context>
<context>
    <name>PhotoPinLayer</name>
    <message>
        <source>Move photo pins (%1)</source>
        <translation>Mover marcadores de foto (%1)</translation>
    </message>
    <message>
        <source>Turn photo pin</source>
        <translation>Girar marcador de foto</translation>
    </message>
    <message>
        <source>Remove photo pins (%1)</source>
        <translation>Quitar marcadores de foto (%1)</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Pan and select</source>
        <translation>Desplazar y seleccionar</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Flecha</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Elipse</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectángulo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>A mano alzada</translation>
    </message>
    <message>
        <source>Colour of new marks</source>
        <translation>Color de las marcas nuevas</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Eliminar marca</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Text on the photo</source>
        <translation>Texto sobre la foto</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Annotate photo</source>
        <translation>Anotar foto</translation>
    </message>
    <message>
        <source>Delete photo mark</source>
        <translation>Eliminar marca de la foto</translation>
    </message>
</context>
<context>
    <name>PinLegend</name>
    <message>
        <source>Pin size grows with the risk band (%1: %2 to %3 px). The number in a pin is the workers exposed; its tag (H1…) is its row in the register.</source>
        <translation>El tamaño del marcador crece con la banda de riesgo (%1: de %2 a %3 px). El número de un marcador son las personas expuestas; su etiqueta (H1…) es su fila en el registro.</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>desconocida (%1)</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>%1 to %2 mm across</source>
        <translation>de %1 a %2 mm de diámetro</translation>
    </message>
    <message>
        <source>%1 to %2 mm across, %3 to %4 px at %5 dpi</source>
        <translation>de %1 a %2 mm de diámetro, de %3 a %4 px a %5 dpi</translation>
    </message>
    <message>
        <source>Pin size grows with the risk band (%1: %2). The number in a pin is the workers exposed; its tag (H1…) is its row in the register.</source>
        <translation>El tamaño del marcador crece con la banda de riesgo (%1: %2). El número de un marcador es el de trabajadores expuestos; su etiqueta (H1…) es su fila en el registro.</translation>
    </message>
</context>
<context>
    <name>PlaceHazardTool</name>
    <message>
        <source>Click where the hazard is; its zone and exposed workers are filled in.</source>
        <translation>Haga clic donde está el peligro; su zona y las personas expuestas se rellenan solas.</translation>
    </message>
</context>
<context>
    <name>PlanDecisionDialog</name>
    <message>
        <source>Decision on the improvement plan</source>
        <translation>Decisión sobre el plan de mejora</translation>
    </message>
    <message>
        <source>&amp;Approve the plan</source>
        <translation>&amp;Aprobar el plan</translation>
    </message>
    <message>
        <source>&amp;Request changes</source>
        <translation>&amp;Solicitar cambios</translation>
    </message>
    <message>
        <source>Why (needed when you request changes): the consultant reads it</source>
        <translation>Por qué (necesario si solicita cambios): el consultor lo lee</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New floor plan</source>
        <translation>Nuevo plano</translation>
    </message>
    <message>
        <source>Floor plan details</source>
        <translation>Datos del plano</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Edificio:</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>&amp;Planta:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>A floor plan needs a name.</source>
        <translation>Un plano necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>Zone (polygon)</source>
        <translation>Zona (polígono)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>Calibrate scale</source>
        <translation>Calibrar la escala</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Attach as a photo taken here</source>
        <translation>Adjuntar como foto tomada aquí</translation>
    </message>
    <message>
        <source>Use as the plan&apos;s background</source>
        <translation>Usar como fondo del plano</translation>
    </message>
    <message>
        <source>Copied %1 item(s) and %2 hazard(s)</source>
        <translation>Copiados %1 elemento(s) y %2 peligro(s)</translation>
    </message>
    <message>
        <source>%1 copied hazard(s) name a category this workspace does not have: add the category first, then paste again.</source>
        <translation>%1 peligro(s) copiado(s) nombran una categoría que este espacio de trabajo no tiene: añada primero la categoría y vuelva a pegar.</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Import background</source>
        <translation>Importar fondo</translation>
    </message>
    <message>
        <source>Plans and photos (*.png *.jpg *.jpeg *.webp *.pdf);;All files (*)</source>
        <translation>Planos y fotos (*.png *.jpg *.jpeg *.webp *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>PDF page</source>
        <translation>Página del PDF</translation>
    </message>
    <message>
        <source>Page to use (1–%1):</source>
        <translation>Página que usar (1–%1):</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels (%4 megapixels); a background has at most %5. Scale it down to fit and import it?</source>
        <translation>%1 tiene %2 × %3 píxeles (%4 megapíxeles); un fondo tiene como máximo %5. ¿Reducirlo para que quepa e importarlo?</translation>
    </message>
    <message>
        <source>Background imported. Calibrate the scale with K.</source>
        <translation>Fondo importado. Calibre la escala con K.</translation>
    </message>
    <message>
        <source>The new background was fitted to the old one&apos;s width (%1 m), so traced items keep their size. If the two drawings do not show the same extent, calibrate again with K.</source>
        <translation>El nuevo fondo se ajustó al ancho del anterior (%1 m), así que los elementos trazados conservan su tamaño. Si los dos dibujos no muestran la misma extensión, vuelva a calibrar con K.</translation>
    </message>
    <message>
        <source>Remove background</source>
        <translation>Quitar el fondo</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Exportar como PNG</translation>
    </message>
    <message>
        <source>Resolution (printed at 1:100):</source>
        <translation>Resolución (impreso a 1:100):</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Plan written: %1 (%2 × %3 pixels)</source>
        <translation>Plano escrito: %1 (%2 × %3 píxeles)</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>Exportar como SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Plan written: %1</source>
        <translation>Plano escrito: %1</translation>
    </message>
</context>
<context>
    <name>PlanItemKind</name>
    <message>
        <source>Zone / room</source>
        <translation>Zona / sala</translation>
    </message>
    <message>
        <source>Aisle / walkway</source>
        <translation>Pasillo / vía peatonal</translation>
    </message>
    <message>
        <source>Storage area</source>
        <translation>Zona de almacenamiento</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Emergency exit</source>
        <translation>Salida de emergencia</translation>
    </message>
    <message>
        <source>Machine / workstation</source>
        <translation>Máquina / puesto de trabajo</translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation>Escalera</translation>
    </message>
    <message>
        <source>Fire extinguisher</source>
        <translation>Extintor</translation>
    </message>
    <message>
        <source>First-aid point</source>
        <translation>Punto de primeros auxilios</translation>
    </message>
    <message>
        <source>Eyewash</source>
        <translation>Lavaojos</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>Etiqueta de texto</translation>
    </message>
</context>
<context>
    <name>PlanPropertyPanel</name>
    <message>
        <source>Snap to grid</source>
        <translation>Ajustar a la cuadrícula</translation>
    </message>
    <message>
        <source>Show background</source>
        <translation>Mostrar el fondo</translation>
    </message>
    <message>
        <source>Lock background</source>
        <translation>Bloquear el fondo</translation>
    </message>
    <message>
        <source>Name / text:</source>
        <translation>Nombre / texto:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <source>Workers (women):</source>
        <translation>Trabajadoras (mujeres):</translation>
    </message>
    <message>
        <source>Workers (men):</source>
        <translation>Trabajadores (hombres):</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ancho:</translation>
    </message>
    <message>
        <source>Depth:</source>
        <translation>Profundidad:</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>Rotación:</translation>
    </message>
    <message>
        <source>Thickness:</source>
        <translation>Grosor:</translation>
    </message>
    <message>
        <source>Text height:</source>
        <translation>Altura del texto:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>Nombre del plano:</translation>
    </message>
    <message>
        <source>Grid size:</source>
        <translation>Tamaño de la cuadrícula:</translation>
    </message>
    <message>
        <source>Background opacity:</source>
        <translation>Opacidad del fondo:</translation>
    </message>
    <message>
        <source>%1 items selected</source>
        <translation>%1 elementos seleccionados</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 m long</source>
        <translation>%1 m de largo</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Change floor plan</source>
        <translation>Cambiar el plano</translation>
    </message>
    <message>
        <source>Change background</source>
        <translation>Cambiar el fondo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
</context>
<context>
    <name>PlanTabs</name>
    <message>
        <source>Ground floor</source>
        <translation>Planta baja</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plano %1</translation>
    </message>
    <message>
        <source>Edit floor plan details</source>
        <translation>Editar datos del plano</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate floor plan “%s”</source>
        <translation>Duplicar el plano “%s”</translation>
    </message>
    <message>
        <source>Delete the floor plan “%1” and everything drawn on it?
You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar el plano “%1” y todo lo dibujado en él?
Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Cannot open the floor plan</source>
        <translation>No se puede abrir el plano</translation>
    </message>
</context>
<context>
    <name>PointSymbolTool</name>
    <message>
        <source>Click where it hangs or stands.</source>
        <translation>Haga clic donde cuelga o se encuentra.</translation>
    </message>
</context>
<context>
    <name>PolygonAreaTool</name>
    <message>
        <source>Click each corner, or type the next side&apos;s length in metres and press Enter; double-click or Enter closes the shape; Esc cancels.</source>
        <translation>Haga clic en cada esquina, o escriba la longitud del lado siguiente en metros y pulse Intro; doble clic o Intro cierra la forma; Esc cancela.</translation>
    </message>
</context>
<context>
    <name>PortfolioIndicators</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicador:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Módulo:</translation>
    </message>
    <message>
        <source>Checklist items most often answered no, per sector and country</source>
        <translation>Puntos de lista respondidos «no» con más frecuencia, por sector y país</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Todos los sectores</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Todos los módulos</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) selected; %2 with a baseline. Latest month: %3</source>
        <translation>
            <numerusform>%n empresa seleccionada; %2 con línea de base. Último mes: %3</numerusform>
            <numerusform>%n empresas seleccionadas; %2 con línea de base. Último mes: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <source>Search name, place, sector, products…</source>
        <translation>Buscar nombre, lugar, sector, productos…</translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>A suggestion scheme exists and is used</source>
        <translation>Existe un sistema de sugerencias y se utiliza</translation>
    </message>
    <message>
        <source>Managers and workers meet regularly to solve problems</source>
        <translation>Dirección y personal se reúnen con regularidad para resolver problemas</translation>
    </message>
    <message>
        <source>Teams hold short daily or shift meetings</source>
        <translation>Los equipos hacen reuniones breves diarias o por turno</translation>
    </message>
    <message>
        <source>5S is practised in production areas</source>
        <translation>Se practican las 5S en las áreas de producción</translation>
    </message>
    <message>
        <source>Defects are recorded and their causes analysed</source>
        <translation>Los defectos se registran y se analizan sus causas</translation>
    </message>
    <message>
        <source>Customer complaints are recorded and answered</source>
        <translation>Las quejas de clientes se registran y se responden</translation>
    </message>
    <message>
        <source>Energy and water use are metered and reviewed</source>
        <translation>El consumo de energía y agua se mide y se revisa</translation>
    </message>
    <message>
        <source>Waste is sorted and recycled or sold</source>
        <translation>Los residuos se separan y se reciclan o venden</translation>
    </message>
    <message>
        <source>Written HR policies (recruitment, pay, leave) exist</source>
        <translation>Existen políticas de RR. HH. escritas (contratación, salario, permisos)</translation>
    </message>
    <message>
        <source>New workers get an induction and training</source>
        <translation>El personal nuevo recibe inducción y formación</translation>
    </message>
    <message>
        <source>An OSH committee meets regularly</source>
        <translation>Un comité de SST se reúne con regularidad</translation>
    </message>
    <message>
        <source>Hazards are assessed and recorded</source>
        <translation>Los peligros se evalúan y se registran</translation>
    </message>
    <message>
        <source>Suitable PPE is provided free and worn</source>
        <translation>Se proporcionan EPP adecuados gratuitamente y se usan</translation>
    </message>
    <message>
        <source>Accidents and near misses are recorded</source>
        <translation>Se registran los accidentes y los cuasi accidentes</translation>
    </message>
    <message>
        <source>A policy against harassment is known to all</source>
        <translation>Todo el personal conoce una política contra el acoso</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>Add a good-practice question</source>
        <translation>Añadir una pregunta de buena práctica</translation>
    </message>
    <message>
        <source>&amp;Good practice:</source>
        <translation>&amp;Buena práctica:</translation>
    </message>
    <message>
        <source>SCORE module:</source>
        <translation>Módulo SCORE:</translation>
    </message>
    <message>
        <source>Write the good practice to ask about.</source>
        <translation>Escriba la buena práctica sobre la que preguntar.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>El nuevo idioma se usa a partir del próximo inicio.</translation>
    </message>
    <message>
        <source> megapixels</source>
        <translation> megapíxeles</translation>
    </message>
    <message>
        <source>Larger photos are stored as a high-quality copy of this size (≤ 4000 px wide)</source>
        <translation>Las fotos más grandes se guardan como una copia de alta calidad de este tamaño (≤ 4000 px de ancho)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Keep photos as taken up to:</source>
        <translation>Conservar las fotos tal como se tomaron hasta:</translation>
    </message>
    <message>
        <source>Programme logo:</source>
        <translation>Logotipo del programa:</translation>
    </message>
    <message>
        <source>Consultant logo:</source>
        <translation>Logotipo del consultor/a:</translation>
    </message>
    <message>
        <source>Enterprise logo:</source>
        <translation>Logotipo de la empresa:</translation>
    </message>
    <message>
        <source>Back up the workspace every:</source>
        <translation>Copia de seguridad del espacio de trabajo cada:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espacio de trabajo:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Printed on the cover of PDF reports</source>
        <translation>Se imprime en la portada de los informes PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source> minutes of editing</source>
        <translation> minutos de edición</translation>
    </message>
    <message>
        <source>keep the last </source>
        <translation>conservar las últimas </translation>
    </message>
    <message>
        <source>Backups are kept in your data folder, one folder per workspace</source>
        <translation>Las copias de seguridad se guardan en su carpeta de datos, una carpeta por espacio de trabajo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>%1 cannot be used as a logo: %2</source>
        <translation>%1 no se puede usar como logotipo: %2</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Who is using SCORE Desktop?</source>
        <translation>¿Quién usa SCORE Desktop?</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make, so that the consultant, the paired inspector and the enterprise manager can see who changed what. You can change it later in Preferences.</source>
        <translation>Su nombre se registra con cada cambio que haga, para que el/la consultor/a, el/la inspector/a que le acompaña y la dirección de la empresa vean quién cambió qué. Puede cambiarlo más tarde en Preferencias.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>As colleagues know you</source>
        <translation>Como le conocen sus colegas</translation>
    </message>
    <message>
        <source>For example ILO SCORE Viet Nam</source>
        <translation>Por ejemplo OIT SCORE Viet Nam</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Type your name: it is shown beside every change.</source>
        <translation>Escriba su nombre: se muestra junto a cada cambio.</translation>
    </message>
</context>
<context>
    <name>ProgrammeOverview</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write both tables to an XLSX or CSV file</source>
        <translation>Escribir ambas tablas en un archivo XLSX o CSV</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>A&amp;grupar por:</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a filter&apos;s label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Todos los sectores</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Todos los módulos</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Todos los consultores</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s); </source>
        <translation>
            <numerusform>%n empresa; </numerusform>
            <numerusform>%n empresas; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hazard(s), </source>
        <translation>
            <numerusform>%n peligro, </numerusform>
            <numerusform>%n peligros, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open; </source>
        <translation>
            <numerusform>%n abierto; </numerusform>
            <numerusform>%n abiertos; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement project(s), </source>
        <translation>
            <numerusform>%n proyecto de mejora, </numerusform>
            <numerusform>%n proyectos de mejora, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation>%1 cerrados.</translation>
    </message>
    <message>
        <source>Hazards are counted by their current risk.</source>
        <translation>Los peligros se cuentan por su riesgo actual.</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Peligros</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Share closed</source>
        <translation>Porcentaje cerrado</translation>
    </message>
    <message>
        <source>Savings / month (%1)</source>
        <translation>Ahorro / mes (%1)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hazard category</source>
        <translation>Categoría de peligro</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Export the programme overview</source>
        <translation>Exportar el resumen del programa</translation>
    </message>
    <message>
        <source>programme-overview.xlsx</source>
        <translation>resumen-programa.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Hazard categories</source>
        <translation>Categorías de peligro</translation>
    </message>
    <message>
        <source>The overview could not be saved to %1: %2</source>
        <translation>No se pudo guardar el resumen en %1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectBoard</name>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Mover “%1” a %2</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New improvement project</source>
        <translation>Nuevo proyecto de mejora</translation>
    </message>
    <message>
        <source>— not an OSH control —</source>
        <translation>— no es un control de SST —</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— nadie todavía —</translation>
    </message>
    <message>
        <source>%1 (left the team)</source>
        <translation>%1 (dejó el equipo)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Problema:</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>&amp;Causa raíz:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>SCORE &amp;module:</source>
        <translation>&amp;Módulo SCORE:</translation>
    </message>
    <message>
        <source>&amp;Zone or area:</source>
        <translation>&amp;Zona o área:</translation>
    </message>
    <message>
        <source>Linked hazards:</source>
        <translation>Peligros vinculados:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Control level:</source>
        <translation>Nivel de control:</translation>
    </message>
    <message>
        <source>&amp;Responsible (EIT):</source>
        <translation>&amp;Responsable (EME):</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Cost estimate:</source>
        <translation>Costo estimado:</translation>
    </message>
    <message>
        <source>Actual cost:</source>
        <translation>Costo real:</translation>
    </message>
    <message>
        <source>Expected savings per month:</source>
        <translation>Ahorro esperado por mes:</translation>
    </message>
    <message>
        <source>Actual savings per month:</source>
        <translation>Ahorro real por mes:</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicador:</translation>
    </message>
    <message>
        <source>Baseline value:</source>
        <translation>Valor de línea de base:</translation>
    </message>
    <message>
        <source>Target value:</source>
        <translation>Valor meta:</translation>
    </message>
    <message>
        <source>Result value:</source>
        <translation>Valor logrado:</translation>
    </message>
    <message>
        <source>Verified on:</source>
        <translation>Verificado el:</translation>
    </message>
    <message>
        <source>Verified by:</source>
        <translation>Verificado por:</translation>
    </message>
    <message>
        <source>After photo:</source>
        <translation>Foto de después:</translation>
    </message>
    <message>
        <source>What was done since the last visit (added to the project&apos;s comments)</source>
        <translation>Lo hecho desde la última visita (se añade a los comentarios del proyecto)</translation>
    </message>
    <message>
        <source>Progress &amp;note:</source>
        <translation>&amp;Nota de avance:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Cost, savings and results</source>
        <translation>Costo, ahorros y resultados</translation>
    </message>
    <message>
        <source>Review mode: you can change the status, the after photo and the progress note of this project; the other fields are read-only.</source>
        <translation>Modo de revisión: puede cambiar el estado, la foto de después y la nota de avance de este proyecto; los demás campos son de solo lectura.</translation>
    </message>
    <message>
        <source>Review mode: this project is read-only (you are not its responsible person); you can comment on it.</source>
        <translation>Modo de revisión: este proyecto es de solo lectura (usted no es la persona responsable); puede comentarlo.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” no es un número.</translation>
    </message>
    <message>
        <source>Pays back in %1 months.</source>
        <translation>Se amortiza en %1 meses.</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Savings / month</source>
        <translation>Ahorro / mes</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Amortización (meses)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Vencido desde el %1</translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <source>Search projects</source>
        <translation>Buscar proyectos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Todos los módulos</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo vencidos</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Make a project that acts on this hazard</source>
        <translation>Crear un proyecto que actúe sobre este peligro</translation>
    </message>
    <message>
        <source>Project from hazard…</source>
        <translation>Proyecto a partir de un peligro…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export EIP…</source>
        <translation>Exportar PME…</translation>
    </message>
    <message>
        <source>As an Excel workbook or CSV, with OiRA&apos;s action-plan columns first</source>
        <translation>Como libro de Excel o CSV, con las columnas del plan de acción de OiRA primero</translation>
    </message>
    <message>
        <source>EIP report (PDF)…</source>
        <translation>Informe del PME (PDF)…</translation>
    </message>
    <message>
        <source>The plan, its costs and savings, and the team, for the enterprise manager</source>
        <translation>El plan, sus costos y ahorros, y el equipo, para la dirección de la empresa</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s): %2. By module: %3. Cost %4 %5, savings %6 %5 a month, payback %7.</source>
        <translation>
            <numerusform>%n proyecto: %2. Por módulo: %3. Costo %4 %5, ahorro %6 %5 al mes, amortización %7.</numerusform>
            <numerusform>%n proyectos: %2. Por módulo: %3. Costo %4 %5, ahorro %6 %5 al mes, amortización %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>Overdue: %1.</source>
        <translation>Vencidos: %1.</translation>
    </message>
    <message>
        <source>Add improvement project</source>
        <translation>Añadir proyecto de mejora</translation>
    </message>
    <message>
        <source>Edit improvement project</source>
        <translation>Editar proyecto de mejora</translation>
    </message>
    <message>
        <source>Export the improvement plan</source>
        <translation>Exportar el plan de mejora</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, separado por comas (*.csv)</translation>
    </message>
    <message>
        <source>EIP report</source>
        <translation>Informe del PME</translation>
    </message>
    <message>
        <source>Writing the EIP report…</source>
        <translation>Escribiendo el informe del PME…</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2</source>
        <translation>No se pudo guardar el plan en %1: %2</translation>
    </message>
    <message>
        <source>Delete improvement projects (%1)</source>
        <translation>Eliminar proyectos de mejora (%1)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
</context>
<context>
    <name>RatingMatrix</name>
    <message>
        <source>Risk matrix</source>
        <translation>Matriz de riesgo</translation>
    </message>
    <message>
        <source>Click a cell to rate, or move with the arrow keys and press Space.</source>
        <translation>Haga clic en una celda para valorar, o muévase con las flechas y pulse Espacio.</translation>
    </message>
</context>
<context>
    <name>RectangleAreaTool</name>
    <message>
        <source>Drag from corner to corner, or click a corner and type the width and height in metres (12x8 Enter). Esc cancels.</source>
        <translation>Arrastre de esquina a esquina, o haga clic en una esquina y escriba el ancho y el alto en metros (12x8 Intro). Esc cancela.</translation>
    </message>
    <message>
        <source>Click the opposite corner, or type the width and height in metres (12x8) and press Enter.</source>
        <translation>Haga clic en la esquina opuesta, o escriba el ancho y el alto en metros (12x8) y pulse Intro.</translation>
    </message>
</context>
<context>
    <name>RegisterFold</name>
    <message>
        <source>Hazard register</source>
        <translation>Registro de peligros</translation>
    </message>
    <message>
        <source>Drag to resize; double-click to fold the hazard register away or show it</source>
        <translation>Arrastre para cambiar el tamaño; doble clic para plegar o mostrar el registro de peligros</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export visit report</source>
        <translation>Exportar informe de visita</translation>
    </message>
    <message>
        <source>Export monthly progress report</source>
        <translation>Exportar informe mensual de avance</translation>
    </message>
    <message>
        <source>A logo could not be read:</source>
        <translation>No se pudo leer un logotipo:</translation>
    </message>
    <message>
        <source>Writing the visit report…</source>
        <translation>Escribiendo el informe de visita…</translation>
    </message>
    <message>
        <source>Writing the progress report…</source>
        <translation>Escribiendo el informe de avance…</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Export visit report</source>
        <translation>Exportar informe de visita</translation>
    </message>
    <message>
        <source>Export EIP report</source>
        <translation>Exportar informe del PME</translation>
    </message>
    <message>
        <source>Export monthly progress report</source>
        <translation>Exportar informe mensual de avance</translation>
    </message>
    <message>
        <source>From month:</source>
        <translation>Desde el mes:</translation>
    </message>
    <message>
        <source>To month:</source>
        <translation>Hasta el mes:</translation>
    </message>
    <message>
        <source>Pins by category</source>
        <translation>Marcadores por categoría</translation>
    </message>
    <message>
        <source>Pins by NR-5 colours</source>
        <translation>Marcadores con colores NR-5</translation>
    </message>
    <message>
        <source>Pins by risk band</source>
        <translation>Marcadores por banda de riesgo</translation>
    </message>
    <message>
        <source>North arrow (the top of the plan faces north)</source>
        <translation>Flecha del norte (la parte superior del plano mira al norte)</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Idioma del informe:</translation>
    </message>
    <message>
        <source>Hazard pins:</source>
        <translation>Marcadores de peligro:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The visit and agreed next steps</source>
        <translation>La visita y los próximos pasos acordados</translation>
    </message>
    <message>
        <source>Floor plans with hazard pins</source>
        <translation>Planos con marcadores de peligro</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Matriz de riesgo</translation>
    </message>
    <message>
        <source>Hazard register</source>
        <translation>Registro de peligros</translation>
    </message>
    <message>
        <source>Hazards in detail, with photos</source>
        <translation>Peligros en detalle, con fotos</translation>
    </message>
    <message>
        <source>Before and after photos</source>
        <translation>Fotos de antes y después</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <source>Enterprise Improvement Plan</source>
        <translation>Plan de Mejora de la Empresa</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Indicadores clave</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation>El último mes es anterior al primero.</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to put in the workspace&apos;s place. The workspace as it is now is not overwritten: it is renamed and kept in its folder.</source>
        <translation>Elija la copia de seguridad que ocupará el lugar del espacio de trabajo. El espacio de trabajo actual no se sobrescribe: se renombra y se conserva en su carpeta.</translation>
    </message>
    <message>
        <source>%1  (%2 MB)</source>
        <translation>%1  (%2 MB)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>New follow-up visit from the last one</source>
        <translation>Nueva visita de seguimiento a partir de la anterior</translation>
    </message>
    <message>
        <source>Carry open work into this visit</source>
        <translation>Traer el trabajo abierto a esta visita</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note on the selected item</source>
        <translation>Nota sobre el elemento seleccionado</translation>
    </message>
    <message>
        <source>The after photo that shows the change</source>
        <translation>La foto de después que muestra el cambio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Re-score hazard…</source>
        <translation>Reevaluar el peligro…</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visita:</translation>
    </message>
    <message>
        <source>After photo:</source>
        <translation>Foto de después:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 still to review.</source>
        <translation>
            <numerusform>%n elemento, %1 aún por revisar.</numerusform>
            <numerusform>%n elementos, %1 aún por revisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing carried into this visit yet.</source>
        <translation>Aún no se ha traído nada a esta visita.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>No open hazards or projects to carry over.</source>
        <translation>No hay peligros ni proyectos abiertos que traer.</translation>
    </message>
    <message>
        <source>Carry open work into the visit</source>
        <translation>Traer el trabajo abierto a la visita</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <source>Re-score hazard</source>
        <translation>Reevaluar el peligro</translation>
    </message>
</context>
<context>
    <name>RiskInputs</name>
    <message>
        <source>not rated</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Riesgo:</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Team composition checks</source>
        <translation>Comprobaciones de la composición del equipo</translation>
    </message>
    <message>
        <source>Worker members are elected by the workers</source>
        <translation>Los miembros trabajadores son elegidos por el personal</translation>
    </message>
    <message>
        <source>Each check only warns; nothing is refused.</source>
        <translation>Cada comprobación solo avisa; no se rechaza nada.</translation>
    </message>
    <message>
        <source>Smallest team:</source>
        <translation>Equipo más pequeño:</translation>
    </message>
    <message>
        <source>Largest team:</source>
        <translation>Equipo más grande:</translation>
    </message>
    <message>
        <source>Workers at least:</source>
        <translation>Trabajadores, como mínimo:</translation>
    </message>
    <message>
        <source>Workers at most:</source>
        <translation>Trabajadores, como máximo:</translation>
    </message>
    <message>
        <source>Women&apos;s share may trail the workforce by:</source>
        <translation>La proporción de mujeres puede quedar por debajo de la del personal en:</translation>
    </message>
</context>
<context>
    <name>SegmentTool</name>
    <message>
        <source>Drag from one end to the other, or click one end and type the length in metres; Shift keeps it straight.</source>
        <translation>Arrastre de un extremo al otro, o haga clic en un extremo y escriba la longitud en metros; Mayús lo mantiene recto.</translation>
    </message>
    <message>
        <source>Click the other end, or type its length in metres and press Enter.</source>
        <translation>Haga clic en el otro extremo, o escriba su longitud en metros y pulse Intro.</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Click or drag a rectangle to select; Shift/Ctrl adds; drag to move.</source>
        <translation>Haga clic o arrastre un rectángulo para seleccionar; Mayús/Ctrl añade; arrastre para mover.</translation>
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
        <translation>Cambiar tamaño</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Girar</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Cambiar forma</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>SCORE packages (*.scorepkg)</source>
        <translation>Paquetes SCORE (*.scorepkg)</translation>
    </message>
    <message>
        <source>Send enterprise</source>
        <translation>Enviar empresa</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>Recibir un paquete</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Enviar %1</translation>
    </message>
    <message>
        <source>A package is one file with the enterprise&apos;s records, their history and the photos they use. Send it by e-mail, USB stick or a shared folder; the receiver merges it with File ▸ Receive package…</source>
        <translation>Un paquete es un solo archivo con los registros de la empresa, su historial y las fotos que usan. Envíelo por correo electrónico, memoria USB o una carpeta compartida; quien lo reciba lo fusiona con Archivo ▸ Recibir paquete…</translation>
    </message>
    <message>
        <source>The &amp;whole enterprise</source>
        <translation>La empresa &amp;entera</translation>
    </message>
    <message>
        <source>Only what &amp;changed since the last package acknowledged by:</source>
        <translation>Solo lo que ha &amp;cambiado desde el último paquete confirmado por:</translation>
    </message>
    <message>
        <source>No package from %1 has said yet what they received from you: the whole enterprise will be sent.</source>
        <translation>Ningún paquete de %1 ha indicado aún lo que recibió de usted: se enviará la empresa entera.</translation>
    </message>
    <message>
        <source>Much smaller: what changed since the last package %1 acknowledged. A package lost on the way is sent again.</source>
        <translation>Mucho más pequeño: lo que ha cambiado desde el último paquete confirmado por %1. Un paquete perdido por el camino se envía de nuevo.</translation>
    </message>
    <message>
        <source>Much smaller: what changed since the last package %1 acknowledged, in the package received from them on %2. A package lost on the way is sent again.</source>
        <translation>Mucho más pequeño: lo que ha cambiado desde el último paquete confirmado por %1, en el paquete recibido de su parte el %2. Un paquete perdido por el camino se envía de nuevo.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Once a package has come back from someone, you can send them only what changed since.</source>
        <translation>Cuando haya recibido de vuelta un paquete de alguien, podrá enviarle solo lo que haya cambiado desde entonces.</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign visit report</source>
        <translation>Firmar el informe de visita</translation>
    </message>
    <message>
        <source>Sign EIP report</source>
        <translation>Firmar el informe del PME</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Manuscrita</translation>
    </message>
    <message>
        <source>Add signature…</source>
        <translation>Añadir firma…</translation>
    </message>
    <message>
        <source>Save signed PDF…</source>
        <translation>Guardar PDF firmado…</translation>
    </message>
    <message>
        <source>Signed copies:</source>
        <translation>Copias firmadas:</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Firmas:</translation>
    </message>
    <message>
        <source>The report as it is now: not signed yet</source>
        <translation>El informe tal como está ahora: aún sin firmar</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Aún sin firmar</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n firma</numerusform>
            <numerusform>%n firmas</numerusform>
        </translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <source>current</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>Its signed copies are kept as they were; new signatures sign the report as it is now.</source>
        <translation>Sus copias firmadas se conservan tal como estaban; las nuevas firmas firman el informe tal como está ahora.</translation>
    </message>
    <message>
        <source>Superseded: changed after it was signed, on %1 by %2 (%3).</source>
        <translation>Sustituida: modificada después de firmarse, el %1 por %2 (%3).</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>aún sin guardar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Signed by %1: save the signed PDF to keep it.</source>
        <translation>Firmado por %1: guarde el PDF firmado para conservarlo.</translation>
    </message>
    <message>
        <source>Add a signature first.</source>
        <translation>Añada primero una firma.</translation>
    </message>
    <message>
        <source>Save signed PDF</source>
        <translation>Guardar PDF firmado</translation>
    </message>
    <message>
        <source>Signing the report…</source>
        <translation>Firmando el informe…</translation>
    </message>
    <message>
        <source>Sign %1</source>
        <translation>Firmar %1</translation>
    </message>
    <message>
        <source>Signing cancelled: nothing was saved.</source>
        <translation>Firma cancelada: no se guardó nada.</translation>
    </message>
    <message>
        <source>The signed PDF could not be written: %1</source>
        <translation>No se pudo escribir el PDF firmado: %1</translation>
    </message>
    <message>
        <source>Signed PDF saved: %1</source>
        <translation>PDF firmado guardado: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Add signature</source>
        <translation>Añadir firma</translation>
    </message>
    <message>
        <source>Clear drawing</source>
        <translation>Borrar el trazo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>Drawn signature (optional):</source>
        <translation>Firma manuscrita (opcional):</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Type the name of the person signing.</source>
        <translation>Escriba el nombre de la persona que firma.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Firme aquí con el ratón, un lápiz o el dedo</translation>
    </message>
</context>
<context>
    <name>SignoffActions</name>
    <message>
        <source>Signed PDF saved: %1</source>
        <translation>PDF firmado guardado: %1</translation>
    </message>
</context>
<context>
    <name>StartWalkthroughDialog</name>
    <message>
        <source>Start a walk-through</source>
        <translation>Iniciar un recorrido</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Lista de verificación:</translation>
    </message>
    <message>
        <source>Zones to walk through:</source>
        <translation>Zonas que recorrer:</translation>
    </message>
    <message>
        <source>Start from the walk-through of %1 (its answers carried)</source>
        <translation>Empezar desde el recorrido del %1 (con sus respuestas)</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>New suggestion</source>
        <translation>Nueva sugerencia</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónima</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— no se sabe —</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Suggestion:</source>
        <translation>&amp;Sugerencia:</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>Presentada por:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexo:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Área:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Add suggestion…</source>
        <translation>Añadir sugerencia…</translation>
    </message>
    <message>
        <source>Make it a project…</source>
        <translation>Convertirla en proyecto…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónima</translation>
    </message>
    <message>
        <source>Add suggestion</source>
        <translation>Añadir sugerencia</translation>
    </message>
    <message>
        <source>Edit suggestion</source>
        <translation>Editar sugerencia</translation>
    </message>
    <message>
        <source>Make suggestion a project</source>
        <translation>Convertir la sugerencia en proyecto</translation>
    </message>
    <message>
        <source>Delete suggestion</source>
        <translation>Eliminar sugerencia</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Elegido/a</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Añadir miembro…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Composition checks…</source>
        <translation>Comprobaciones de composición…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Team composition: balanced.</source>
        <translation>Composición del equipo: equilibrada.</translation>
    </message>
    <message>
        <source>Team composition:</source>
        <translation>Composición del equipo:</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Añadir miembro del equipo</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Editar miembro del equipo</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>Quitar miembro del equipo</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>Saved “%1”, version %2</source>
        <translation>Guardada «%1», versión %2</translation>
    </message>
    <message>
        <source>Import checklist template</source>
        <translation>Importar plantilla de lista de verificación</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Hojas de cálculo (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>%1 no se importó:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”, version %2, with %n item(s).</source>
        <translation>
            <numerusform>Importada «%1», versión %2, con %n punto.</numerusform>
            <numerusform>Importada «%1», versión %2, con %n puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”, version %2, is already in the workspace as it is in the file.</source>
        <translation>«%1», versión %2, ya está en el espacio de trabajo tal como está en el archivo.</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Plantilla de lista de verificación</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Export checklist template</source>
        <translation>Exportar plantilla de lista de verificación</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>The template could not be written: %1</source>
        <translation>No se pudo escribir la plantilla: %1</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>Plantilla escrita: %1</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Plantillas de listas de verificación</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>What the checklist is for, and how to use it</source>
        <translation>Para qué sirve la lista y cómo usarla</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Añadir sección</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Texts in:</source>
        <translation>Textos en:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Módulo:</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Se guarda como:</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nueva sección</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>Section “%1”: %2</source>
        <translation>Sección «%1»: %2</translation>
    </message>
    <message>
        <source>Item “%1”: %2</source>
        <translation>Punto «%1»: %2</translation>
    </message>
    <message>
        <source>The template cannot be saved</source>
        <translation>No se puede guardar la plantilla</translation>
    </message>
</context>
<context>
    <name>TemplateEntryForm</name>
    <message>
        <source>Choose a section or an item on the left.</source>
        <translation>Elija una sección o un punto a la izquierda.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Answered once per zone</source>
        <translation>Se responde una vez por zona</translation>
    </message>
    <message>
        <source>e.g. MS1=yes; workers&gt;=50; sector=garment</source>
        <translation>p. ej. MS1=yes; workers&gt;=50; sector=garment</translation>
    </message>
    <message>
        <source>Show the item only when all these hold, separated by “;”: an earlier item&apos;s answer (MS1=yes, MS1=no|not_applicable), the sector (sector=garment), a module (module=OSH) or the headcount (workers&gt;=50, workers&lt;250).</source>
        <translation>Mostrar el punto solo cuando se cumplan todas estas condiciones, separadas por «;»: la respuesta a un punto anterior (MS1=yes, MS1=no|not_applicable), el sector (sector=garment), un módulo (module=OSH) o la plantilla de personal (workers&gt;=50, workers&lt;250).</translation>
    </message>
    <message>
        <source>A “no” suggests a hazard</source>
        <translation>Un «no» sugiere un peligro</translation>
    </message>
    <message>
        <source>(the item&apos;s text)</source>
        <translation>(el texto del punto)</translation>
    </message>
    <message>
        <source>One control a line</source>
        <translation>Una medida de control por línea</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Level of control:</source>
        <translation>Nivel de control:</translation>
    </message>
    <message>
        <source>Likelihood (1-5):</source>
        <translation>Probabilidad (1-5):</translation>
    </message>
    <message>
        <source>Severity (1-5):</source>
        <translation>Gravedad (1-5):</translation>
    </message>
    <message>
        <source>Hazard title:</source>
        <translation>Título del peligro:</translation>
    </message>
    <message>
        <source>Controls:</source>
        <translation>Medidas de control:</translation>
    </message>
    <message>
        <source>A “no” suggests an EIP project</source>
        <translation>Un «no» sugiere un proyecto del PME</translation>
    </message>
    <message>
        <source>(the action, else the item&apos;s text)</source>
        <translation>(la acción, si no el texto del punto)</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Módulo:</translation>
    </message>
    <message>
        <source>Project title:</source>
        <translation>Título del proyecto:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Ayuda:</translation>
    </message>
    <message>
        <source>Show if:</source>
        <translation>Mostrar si:</translation>
    </message>
</context>
<context>
    <name>TextTool</name>
    <message>
        <source>Click where the text goes.</source>
        <translation>Haga clic donde va el texto.</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>Etiqueta de texto</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Activity of %1</source>
        <translation>Actividad de %1</translation>
    </message>
    <message>
        <source>&amp;History of record…</source>
        <translation>&amp;Historial del registro…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Cualquier registro</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is back, with %n record(s) deleted with it.</source>
        <translation>
            <numerusform>%1 ha vuelto, con %n registro eliminado junto con él.</numerusform>
            <numerusform>%1 ha vuelto, con %n registros eliminados junto con él.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 ha vuelto.</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Exportar actividad</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exported to %1</source>
        <translation>
            <numerusform>%n cambio exportado a %1</numerusform>
            <numerusform>%n cambios exportados a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>TypedLengths</name>
    <message>
        <source>Length: %1. Enter draws it; Backspace edits; Esc stops typing.</source>
        <translation>Longitud: %1. Intro la dibuja; Retroceso corrige; Esc deja de escribir.</translation>
    </message>
    <message>
        <source>Size: %1. Tab or x goes to the height, Enter draws it; Backspace edits; Esc stops typing.</source>
        <translation>Tamaño: %1. Tab o x pasa al alto, Intro lo dibuja; Retroceso corrige; Esc deja de escribir.</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Delete the visit of %1?
You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar la visita del %1?
Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>Nueva visita</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>Editar visita</translation>
    </message>
    <message>
        <source>Choose the SCORE module this visit belongs to.</source>
        <translation>Elija el módulo SCORE al que pertenece esta visita.</translation>
    </message>
    <message>
        <source>The next visit cannot be before this visit.</source>
        <translation>La próxima visita no puede ser anterior a esta visita.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>SCORE &amp;module:</source>
        <translation>&amp;Módulo SCORE:</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Consultor/a:</translation>
    </message>
    <message>
        <source>Safety &amp;inspector:</source>
        <translation>&amp;Inspector/a de seguridad:</translation>
    </message>
    <message>
        <source>Optional: paired work-safety inspector</source>
        <translation>Opcional: inspector/a de seguridad laboral que acompaña</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Asistentes:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>O&amp;bservations:</source>
        <translation>O&amp;bservaciones:</translation>
    </message>
    <message>
        <source>Agreed &amp;next steps:</source>
        <translation>Próximos &amp;pasos acordados:</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Próxima visita:</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Prevista para</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>SCORE module</source>
        <translation>Módulo SCORE</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultor/a</translation>
    </message>
    <message>
        <source>Safety inspector</source>
        <translation>Inspector/a de seguridad</translation>
    </message>
</context>
<context>
    <name>WalkthroughModel</name>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>La vez anterior</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>%1 (carried)</source>
        <translation>%1 (trasladada)</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried from the last walk-through: answer again to confirm it</source>
        <translation>Trasladada del último recorrido: responda de nuevo para confirmarla</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Aún no hay respuestas</translation>
    </message>
    <message>
        <source>%1% yes (%2 of %3)</source>
        <translation>%1 % sí (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>WalkthroughWindow</name>
    <message>
        <source>Walk-through: %1 (%2)</source>
        <translation>Recorrido: %1 (%2)</translation>
    </message>
    <message>
        <source>What was seen, and where</source>
        <translation>Qué se vio y dónde</translation>
    </message>
    <message>
        <source>No: make hazard (H)</source>
        <translation>No: crear peligro (H)</translation>
    </message>
    <message>
        <source>No: make project (P)</source>
        <translation>No: crear proyecto (P)</translation>
    </message>
    <message>
        <source>No: both (B)</source>
        <translation>No: ambos (B)</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zona:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Nota sobre “%1”</translation>
    </message>
    <message>
        <source>(whole site)</source>
        <translation>(todo el centro)</translation>
    </message>
    <message>
        <source>Hazard: %1</source>
        <translation>Peligro: %1</translation>
    </message>
    <message>
        <source>EIP project: %1</source>
        <translation>Proyecto del PME: %1</translation>
    </message>
    <message>
        <source>Since the last walk-through: %1 better, %2 worse, %3 other changes; %4 answers carried, not checked again</source>
        <translation>Desde el último recorrido: %1 mejor, %2 peor, %3 otros cambios; %4 respuestas trasladadas, no revisadas de nuevo</translation>
    </message>
    <message>
        <source>Yes %1 · No %2 · Not applicable %3 · Not checked %4 · template version %5</source>
        <translation>Sí %1 · No %2 · No aplicable %3 · Sin verificar %4 · versión de la plantilla %5</translation>
    </message>
</context>
<context>
    <name>WipeView</name>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
</context>
<context>
    <name>WorkspaceCare</name>
    <message>
        <source>The workspace could not be backed up: %1</source>
        <translation>No se pudo hacer la copia de seguridad del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>There is no backup of this workspace yet.</source>
        <translation>Aún no hay copia de seguridad de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The backup of %1 is now the workspace.</source>
        <translation>La copia de seguridad de %1 es ahora el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>Restaurando la copia de seguridad de %1…</translation>
    </message>
    <message>
        <source>The workspace as it was is kept beside it, as %1.</source>
        <translation>El espacio de trabajo tal como estaba se conserva a su lado, como %1.</translation>
    </message>
    <message>
        <source>Workspace replaced</source>
        <translation>Espacio de trabajo sustituido</translation>
    </message>
    <message>
        <source>Compacting the workspace…</source>
        <translation>Compactando el espacio de trabajo…</translation>
    </message>
    <message numerus="yes">
        <source>Removed the bytes of %n photo(s) that no record refers to.
The workspace went from %2 to %3: %4 freed.</source>
        <translation>
            <numerusform>Se quitaron los bytes de %n foto a la que ningún registro hace referencia.
El espacio de trabajo pasó de %2 a %3: %4 liberados.</numerusform>
            <numerusform>Se quitaron los bytes de %n fotos a las que ningún registro hace referencia.
El espacio de trabajo pasó de %2 a %3: %4 liberados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace compacted</source>
        <translation>Espacio de trabajo compactado</translation>
    </message>
    <message>
        <source>The workspace is damaged: nothing is written to it.</source>
        <translation>El espacio de trabajo está dañado: no se escribe nada en él.</translation>
    </message>
    <message>
        <source>Looking for the last good backup…</source>
        <translation>Buscando la última copia de seguridad válida…</translation>
    </message>
    <message>
        <source>Recovering what can be read…</source>
        <translation>Recuperando lo que se puede leer…</translation>
    </message>
    <message>
        <source>Wait until the photo import, report or backup under way has finished.</source>
        <translation>Espere a que termine la importación de fotos, el informe o la copia de seguridad en curso.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New enterprise…</source>
        <translation>&amp;Nueva empresa…</translation>
    </message>
    <message>
        <source>Add an enterprise</source>
        <translation>Añadir una empresa</translation>
    </message>
    <message>
        <source>&amp;Edit enterprise…</source>
        <translation>&amp;Editar empresa…</translation>
    </message>
    <message>
        <source>Edit the selected enterprise</source>
        <translation>Editar la empresa seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete enterprise</source>
        <translation>E&amp;liminar empresa</translation>
    </message>
    <message>
        <source>Delete the selected enterprise and its visits</source>
        <translation>Eliminar la empresa seleccionada y sus visitas</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>Nueva &amp;visita…</translation>
    </message>
    <message>
        <source>Record a visit to the selected enterprise</source>
        <translation>Registrar una visita a la empresa seleccionada</translation>
    </message>
    <message>
        <source>Ed&amp;it visit…</source>
        <translation>Ed&amp;itar visita…</translation>
    </message>
    <message>
        <source>Edit the selected visit</source>
        <translation>Editar la visita seleccionada</translation>
    </message>
    <message>
        <source>Delete visi&amp;t</source>
        <translation>Eliminar visi&amp;ta</translation>
    </message>
    <message>
        <source>Delete the selected visit</source>
        <translation>Eliminar la visita seleccionada</translation>
    </message>
    <message>
        <source>E&amp;xport visit report…</source>
        <translation>E&amp;xportar informe de visita…</translation>
    </message>
    <message>
        <source>Write the selected visit&apos;s report as PDF</source>
        <translation>Escribir el informe de la visita seleccionada en PDF</translation>
    </message>
    <message>
        <source>Export monthly &amp;progress report…</source>
        <translation>Exportar informe mensual de &amp;avance…</translation>
    </message>
    <message>
        <source>Indicators, improvement plan and EIT meetings of a month as PDF</source>
        <translation>Indicadores, plan de mejora y reuniones del EME de un mes, en PDF</translation>
    </message>
    <message>
        <source>&amp;Walk-through…</source>
        <translation>Rec&amp;orrido…</translation>
    </message>
    <message>
        <source>Answer a checklist on the selected visit, zone by zone</source>
        <translation>Responder una lista de verificación en la visita seleccionada, zona por zona</translation>
    </message>
    <message>
        <source>C&amp;hecklist templates…</source>
        <translation>&amp;Plantillas de listas de verificación…</translation>
    </message>
    <message>
        <source>Edit a checklist&apos;s sections, items, help, conditions and suggested hazards and projects; saving adds a new version</source>
        <translation>Editar las secciones, puntos, ayuda, condiciones y peligros y proyectos sugeridos de una lista; al guardar se añade una nueva versión</translation>
    </message>
    <message>
        <source>Import checklist template…</source>
        <translation>Importar plantilla de lista de verificación…</translation>
    </message>
    <message>
        <source>Add a checklist template written in a spreadsheet (XLSX)</source>
        <translation>Añadir una plantilla de lista escrita en una hoja de cálculo (XLSX)</translation>
    </message>
    <message>
        <source>Export checklist template…</source>
        <translation>Exportar plantilla de lista de verificación…</translation>
    </message>
    <message>
        <source>Write a checklist template as a spreadsheet to change or translate</source>
        <translation>Escribir una plantilla de lista como hoja de cálculo para cambiarla o traducirla</translation>
    </message>
    <message>
        <source>&amp;Sign visit report…</source>
        <translation>&amp;Firmar informe de visita…</translation>
    </message>
    <message>
        <source>Sign the selected visit&apos;s report with the inspector and the manager, and save it as a signed PDF</source>
        <translation>Firmar el informe de la visita seleccionada con el/la inspector/a y el/la gerente, y guardarlo como PDF firmado</translation>
    </message>
    <message>
        <source>Sign &amp;EIP report…</source>
        <translation>Firmar &amp;informe del PME…</translation>
    </message>
    <message>
        <source>Sign the enterprise&apos;s improvement plan report and save it as a PDF</source>
        <translation>Firmar el informe del plan de mejora de la empresa y guardarlo como PDF</translation>
    </message>
    <message>
        <source>Sen&amp;d enterprise…</source>
        <translation>&amp;Enviar empresa…</translation>
    </message>
    <message>
        <source>Write the selected enterprise&apos;s records, history and photos to a package file for the inspector, the manager or another consultant</source>
        <translation>Escribir los registros, el historial y las fotos de la empresa seleccionada en un archivo de paquete para el/la inspector/a, el/la gerente u otro/a consultor/a</translation>
    </message>
    <message>
        <source>&amp;Receive package…</source>
        <translation>Reci&amp;bir paquete…</translation>
    </message>
    <message>
        <source>Merge a package someone sent (or drop the file on the window); differing changes wait in the conflict inbox</source>
        <translation>Fusionar un paquete que alguien envió (o soltar el archivo en la ventana); los cambios divergentes esperan en la bandeja de conflictos</translation>
    </message>
    <message>
        <source>Con&amp;flict inbox…</source>
        <translation>Ban&amp;deja de conflictos…</translation>
    </message>
    <message>
        <source>Decide between changes made here and in another workspace</source>
        <translation>Decidir entre los cambios hechos aquí y en otro espacio de trabajo</translation>
    </message>
    <message>
        <source>Connect &amp;to office…</source>
        <translation>Conectarse a la o&amp;ficina…</translation>
    </message>
    <message>
        <source>Give the office server&apos;s address, your name and your password</source>
        <translation>Indique la dirección del servidor de la oficina, su nombre y su contraseña</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Sincron&amp;izar</translation>
    </message>
    <message>
        <source>Send your changes to the office server and bring your colleagues&apos; changes here</source>
        <translation>Enviar sus cambios al servidor de la oficina y traer aquí los de sus colegas</translation>
    </message>
    <message>
        <source>New floor &amp;plan…</source>
        <translation>Nuevo &amp;plano…</translation>
    </message>
    <message>
        <source>Add a floor plan to the selected enterprise</source>
        <translation>Añadir un plano a la empresa seleccionada</translation>
    </message>
    <message>
        <source>&amp;Open floor plan</source>
        <translation>&amp;Abrir plano</translation>
    </message>
    <message>
        <source>Open the selected floor plan in a tab</source>
        <translation>Abrir el plano seleccionado en una pestaña</translation>
    </message>
    <message>
        <source>EIT &amp;&amp; &amp;improvement plan</source>
        <translation>EME &amp;&amp; plan de &amp;mejora</translation>
    </message>
    <message>
        <source>The enterprise&apos;s improvement team, projects and follow-up review</source>
        <translation>El equipo de mejora de la empresa, sus proyectos y la revisión de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Programme indicators</source>
        <translation>Indicadores del &amp;programa</translation>
    </message>
    <message>
        <source>Indicators over all or a selection of enterprises</source>
        <translation>Indicadores de todas las empresas o de una selección</translation>
    </message>
    <message>
        <source>Programme &amp;overview</source>
        <translation>Res&amp;umen del programa</translation>
    </message>
    <message>
        <source>Hazards by risk and category, projects closed and savings, by country, sector, module or consultant</source>
        <translation>Peligros por riesgo y categoría, proyectos cerrados y ahorros, por país, sector, módulo o consultor</translation>
    </message>
    <message>
        <source>Floor plan &amp;details…</source>
        <translation>&amp;Datos del plano…</translation>
    </message>
    <message>
        <source>Rename the plan, set building, floor, notes</source>
        <translation>Cambiar el nombre del plano, fijar edificio, planta, notas</translation>
    </message>
    <message>
        <source>D&amp;uplicate floor plan</source>
        <translation>D&amp;uplicar plano</translation>
    </message>
    <message>
        <source>Copy the selected plan with everything on it</source>
        <translation>Copiar el plano seleccionado con todo lo que contiene</translation>
    </message>
    <message>
        <source>Delete floor p&amp;lan</source>
        <translation>Eliminar p&amp;lano</translation>
    </message>
    <message>
        <source>Delete the selected floor plan</source>
        <translation>Eliminar el plano seleccionado</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <source>&amp;Find enterprise</source>
        <translation>&amp;Buscar empresa</translation>
    </message>
    <message>
        <source>Search the portfolio</source>
        <translation>Buscar en la cartera</translation>
    </message>
    <message>
        <source>The comment thread of the selected hazard, project, visit or plan</source>
        <translation>Los comentarios del peligro, proyecto, visita o plano seleccionado</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every change of the selected record: who, when, old and new values</source>
        <translation>Todos los cambios del registro seleccionado: quién, cuándo, valores anteriores y nuevos</translation>
    </message>
    <message>
        <source>&amp;Activity of the enterprise…</source>
        <translation>&amp;Actividad de la empresa…</translation>
    </message>
    <message>
        <source>Every change to the enterprise&apos;s records; restore deleted ones</source>
        <translation>Todos los cambios de los registros de la empresa; restaurar los eliminados</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Put a backup in the workspace&apos;s place; the workspace is kept aside</source>
        <translation>Poner una copia de seguridad en lugar del espacio de trabajo; el espacio de trabajo se guarda aparte</translation>
    </message>
    <message>
        <source>Co&amp;mpact workspace</source>
        <translation>Co&amp;mpactar el espacio de trabajo</translation>
    </message>
    <message>
        <source>Remove photo bytes no record refers to and free unused space</source>
        <translation>Quitar los bytes de fotos a las que ningún registro hace referencia y liberar el espacio no usado</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>A short guide from a first visit to its report</source>
        <translation>Una guía breve, de la primera visita a su informe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every shortcut of the window, searchable</source>
        <translation>Todos los atajos de la ventana, con búsqueda</translation>
    </message>
    <message>
        <source>Load &amp;demo enterprise</source>
        <translation>Cargar la empresa de &amp;demostración</translation>
    </message>
    <message>
        <source>Add an example garment factory with visits, a plan, hazards and an EIP</source>
        <translation>Añadir una fábrica de confección de ejemplo con visitas, un plano, peligros y un PME</translation>
    </message>
    <message>
        <source>&amp;About SCORE Desktop</source>
        <translation>&amp;Acerca de SCORE Desktop</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The details were written to %1: please send that file with your report of the problem.</source>
        <translation>Los detalles se escribieron en %1: envíe ese archivo junto con su informe del problema.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>No se pudieron escribir los detalles en un archivo de registro de errores.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Everything you had saved is safe in the workspace. %2</source>
        <translation>Algo salió mal: %1

Todo lo que había guardado está a salvo en el espacio de trabajo. %2</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>Espacio de trabajo vacío</translation>
    </message>
    <message>
        <source>This workspace has no enterprises yet.

Load a demo enterprise (a cable maker in Deyang, Sichuan, with four visits) to explore the application?</source>
        <translation>Este espacio de trabajo aún no tiene empresas.

¿Cargar una empresa de demostración (un fabricante de cables de Deyang, Sichuan, con cuatro visitas) para explorar la aplicación?</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>newly checked</source>
        <translation>revisado por primera vez</translation>
    </message>
    <message>
        <source>not checked again</source>
        <translation>no revisado de nuevo</translation>
    </message>
    <message>
        <source>applicability changed</source>
        <translation>cambió la aplicabilidad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin verificar</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Redo: %s</source>
        <translation>Rehacer: %s</translation>
    </message>
    <message>
        <source>Undo: %s</source>
        <translation>Deshacer: %s</translation>
    </message>
    <message>
        <source>Add enterprise “%s”</source>
        <translation>Añadir empresa “%s”</translation>
    </message>
    <message>
        <source>Edit enterprise “%s”</source>
        <translation>Editar empresa “%s”</translation>
    </message>
    <message>
        <source>Delete enterprise “%s”</source>
        <translation>Eliminar empresa “%s”</translation>
    </message>
    <message>
        <source>Add visit of %s</source>
        <translation>Añadir visita del %s</translation>
    </message>
    <message>
        <source>Edit visit of %s</source>
        <translation>Editar visita del %s</translation>
    </message>
    <message>
        <source>Delete visit of %s</source>
        <translation>Eliminar visita del %s</translation>
    </message>
    <message>
        <source>Add floor plan “%s”</source>
        <translation>Añadir plano “%s”</translation>
    </message>
    <message>
        <source>Delete floor plan “%s”</source>
        <translation>Eliminar plano “%s”</translation>
    </message>
    <message>
        <source>Add items (%1)</source>
        <translation>Añadir elementos (%1)</translation>
    </message>
    <message>
        <source>Delete items (%1)</source>
        <translation>Eliminar elementos (%1)</translation>
    </message>
    <message>
        <source>Add hazard “%s”</source>
        <translation>Añadir peligro “%s”</translation>
    </message>
    <message>
        <source>Delete hazards (%1)</source>
        <translation>Eliminar peligros (%1)</translation>
    </message>
    <message>
        <source>Use risk method “%s”</source>
        <translation>Usar el método de riesgo “%s”</translation>
    </message>
    <message>
        <source>Edit hazard categories</source>
        <translation>Editar categorías de peligro</translation>
    </message>
    <message>
        <source>Add photos (%1)</source>
        <translation>Añadir fotos (%1)</translation>
    </message>
    <message>
        <source>Delete photos (%1)</source>
        <translation>Eliminar fotos (%1)</translation>
    </message>
    <message>
        <source>Comment “%s”</source>
        <translation>Comentario «%s»</translation>
    </message>
    <message>
        <source>Decide on the improvement plan</source>
        <translation>Decidir sobre el plan de mejora</translation>
    </message>
    <message>
        <source>Update progress of “%s”</source>
        <translation>Actualizar el avance de «%s»</translation>
    </message>
    <message>
        <source>Start walk-through “%s”</source>
        <translation>Iniciar el recorrido “%s”</translation>
    </message>
    <message>
        <source>Delete walk-through</source>
        <translation>Eliminar recorrido</translation>
    </message>
    <message>
        <source>Answer “%s”</source>
        <translation>Responder “%s”</translation>
    </message>
</context>
<context>
    <name>comments</name>
    <message>
        <source>Comments…</source>
        <translation>Comentarios…</translation>
    </message>
    <message>
        <source>Comments (%1, %n new)…</source>
        <translation>Comentarios (%1, %n nuevos)…</translation>
    </message>
    <message>
        <source>Comments (%1)…</source>
        <translation>Comentarios (%1)…</translation>
    </message>
    <message>
        <source>Review mode (enterprise manager): records are read-only; you can comment, update the projects you are responsible for and decide on the improvement plan.</source>
        <translation>Modo de revisión (gerente de la empresa): los registros son de solo lectura; puede comentar, actualizar los proyectos a su cargo y decidir sobre el plan de mejora.</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>EIP project</source>
        <translation>Proyecto del PMI</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Nota de avance</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>Approved the improvement plan.</source>
        <translation>Aprobó el plan de mejora.</translation>
    </message>
    <message>
        <source>Requested changes to the improvement plan.</source>
        <translation>Solicitó cambios en el plan de mejora.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>¿Descartar lo que escribió en este formulario?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Elemento del plano</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>EIT member</source>
        <translation>Miembro del EME</translation>
    </message>
    <message>
        <source>EIT meeting</source>
        <translation>Reunión del EME</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Improvement project</source>
        <translation>Proyecto de mejora</translation>
    </message>
    <message>
        <source>Follow-up review item</source>
        <translation>Elemento de la revisión de seguimiento</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Valor de indicador</translation>
    </message>
    <message>
        <source>Baseline correction</source>
        <translation>Corrección de la línea de base</translation>
    </message>
    <message>
        <source>Baseline survey answer</source>
        <translation>Respuesta de la encuesta de línea de base</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>SCORE module</source>
        <translation>Módulo SCORE</translation>
    </message>
    <message>
        <source>Hazard category</source>
        <translation>Categoría de peligro</translation>
    </message>
    <message>
        <source>Risk bands</source>
        <translation>Bandas de riesgo</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Entrada del catálogo</translation>
    </message>
    <message>
        <source>Signed report</source>
        <translation>Informe firmado</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Respuesta de la lista de verificación</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Plantilla de lista de verificación</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Recorded before history</source>
        <translation>Registrado antes del historial</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <translation>Trasladada del último recorrido</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Elemento de la lista</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Previous walk-through</source>
        <translation>Recorrido anterior</translation>
    </message>
    <message>
        <source>Zone (repeated item)</source>
        <translation>Zona (elemento repetido)</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Iniciado el</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Versión de la plantilla</translation>
    </message>
    <message>
        <source>Template version number</source>
        <translation>Número de versión de la plantilla</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
    <message>
        <source>Author&apos;s role</source>
        <translation>Función del autor/a</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>After photo</source>
        <translation>Foto de después</translation>
    </message>
    <message>
        <source>Marks on the photo</source>
        <translation>Marcas en la foto</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Background placement</source>
        <translation>Colocación del fondo</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>Imagen de fondo</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bandas</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Valor de línea de base</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultor/a</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Report content (SHA-256)</source>
        <translation>Contenido del informe (SHA-256)</translation>
    </message>
    <message>
        <source>Report content (bytes)</source>
        <translation>Contenido del informe (bytes)</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>Nivel de control</translation>
    </message>
    <message>
        <source>Corrected at</source>
        <translation>Corregido el</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Costo real</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Drawn signature</source>
        <translation>Firma manuscrita</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Elected by workers</source>
        <translation>Elegido/a por el personal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>Controles existentes</translation>
    </message>
    <message>
        <source>Exposed men</source>
        <translation>Hombres expuestos</translation>
    </message>
    <message>
        <source>Exposed women</source>
        <translation>Mujeres expuestas</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Color de relleno</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Grid (m)</source>
        <translation>Cuadrícula (m)</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Peligros</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Identificado por</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Riesgo inicial</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector/a</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Incorporación el</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Salida el</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Referencia legal</translation>
    </message>
    <message>
        <source>Main buyers</source>
        <translation>Principales compradores</translation>
    </message>
    <message>
        <source>Managers, men</source>
        <translation>Mandos, hombres</translation>
    </message>
    <message>
        <source>Managers, women</source>
        <translation>Mandos, mujeres</translation>
    </message>
    <message>
        <source>Scale (m per unit)</source>
        <translation>Escala (m por unidad)</translation>
    </message>
    <message>
        <source>SCORE module</source>
        <translation>Módulo SCORE</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>NR-5 group</source>
        <translation>Grupo NR-5</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Signed PDF (SHA-256)</source>
        <translation>PDF firmado (SHA-256)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Pin direction</source>
        <translation>Dirección del marcador</translation>
    </message>
    <message>
        <source>Pinned on plan</source>
        <translation>Situado en el plano</translation>
    </message>
    <message>
        <source>Pin x</source>
        <translation>Marcador x</translation>
    </message>
    <message>
        <source>Pin y</source>
        <translation>Marcador y</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Proposed controls</source>
        <translation>Controles propuestos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Riesgo residual</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation>Método de riesgo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>Actual savings</source>
        <translation>Ahorro real</translation>
    </message>
    <message>
        <source>Expected savings</source>
        <translation>Ahorro esperado</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Content (SHA-256)</source>
        <translation>Contenido (SHA-256)</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Changes signed (SHA-256)</source>
        <translation>Cambios firmados (SHA-256)</translation>
    </message>
    <message>
        <source>Signed report</source>
        <translation>Informe firmado</translation>
    </message>
    <message>
        <source>Signed as of change (on the signing device)</source>
        <translation>Firmado según el cambio (en el equipo que firmó)</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Ajustar a la cuadrícula</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Tipo de objeto</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Presentada por</translation>
    </message>
    <message>
        <source>Submitter&apos;s sex</source>
        <translation>Sexo de quien la presentó</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Signature page (SHA-256)</source>
        <translation>Página de firmas (SHA-256)</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Tomada el</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Escrito el</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Grosor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Union present</source>
        <translation>Sindicato presente</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Terminado el</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Workers, men</source>
        <translation>Trabajadores, hombres</translation>
    </message>
    <message>
        <source>Workers, women</source>
        <translation>Trabajadoras, mujeres</translation>
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
        <translation>Orden de apilamiento</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>SCORE consultant</source>
        <translation>Consultor/a SCORE</translation>
    </message>
    <message>
        <source>Safety inspector</source>
        <translation>Inspector/a de seguridad</translation>
    </message>
    <message>
        <source>Enterprise manager</source>
        <translation>Gerente de la empresa</translation>
    </message>
    <message>
        <source>Programme officer</source>
        <translation>Oficial de programa</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Application</name>
    <message>
        <source>StatusScope</source>
        <translation>StatusScope</translation>
    </message>
    <message>
        <source>The status code catalogue could not be loaded, so StatusScope cannot start.

%1</source>
        <translation>No se pudo cargar el catálogo de códigos de estado, así que StatusScope no puede iniciarse.

%1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>audit sends GET, or HEAD with -X HEAD, and nothing else: “%1” could change what the server holds, so it is refused.</source>
        <translation>audit envía GET, o HEAD con -X HEAD, y nada más: “%1” podría cambiar lo que guarda el servidor, así que se rechaza.</translation>
    </message>
    <message>
        <source>Give a file, a URL or - (standard input) to audit, for example “statusscope audit redirects.csv”.</source>
        <translation>Indique un archivo, una URL o - (entrada estándar) que auditar, por ejemplo “statusscope audit redirects.csv”.</translation>
    </message>
    <message>
        <source>audit reads one input, not %1: put the URLs in one list, one per line.</source>
        <translation>audit lee una sola entrada, no %1: ponga las URL en una sola lista, una por línea.</translation>
    </message>
    <message>
        <source>Give at most one of --map, --list and --sitemap.</source>
        <translation>Indique como máximo una de --map, --list y --sitemap.</translation>
    </message>
    <message>
        <source>--format is table, csv or jsonl, not “%1”.</source>
        <translation>--format es table, csv o jsonl, no “%1”.</translation>
    </message>
    <message>
        <source>-o names the input “%1”: the results would replace it; write them to another file.</source>
        <translation>-o nombra la entrada “%1”: los resultados la sustituirían; escríbalos en otro archivo.</translation>
    </message>
    <message>
        <source>Read the input as a redirect map.</source>
        <translation>Leer la entrada como un mapa de redirecciones.</translation>
    </message>
    <message>
        <source>Read the input as a list of URLs.</source>
        <translation>Leer la entrada como una lista de URL.</translation>
    </message>
    <message>
        <source>Read the input as a sitemap (default: guessed from the content, said on stderr).</source>
        <translation>Leer la entrada como un sitemap (por defecto: se deduce del contenido y se indica en stderr).</translation>
    </message>
    <message>
        <source>Run up to N chains at once (default 16).</source>
        <translation>Ejecutar hasta N cadenas a la vez (16 por defecto).</translation>
    </message>
    <message>
        <source>At most N requests in flight per host, redirects included (default 4; 0: no limit).</source>
        <translation>Como máximo N peticiones en curso por host, redirecciones incluidas (4 por defecto; 0: sin límite).</translation>
    </message>
    <message>
        <source>At most N requests per second per host (default: no limit).</source>
        <translation>Como máximo N peticiones por segundo por host (por defecto: sin límite).</translation>
    </message>
    <message>
        <source>More redirects than N is the problem chain-too-long (default 1).</source>
        <translation>Más de N redirecciones es el problema chain-too-long (1 por defecto).</translation>
    </message>
    <message>
        <source>Compare final URLs with expected targets without their query.</source>
        <translation>Comparar las URL finales con los destinos esperados sin su consulta.</translation>
    </message>
    <message>
        <source>Compare URLs as if a trailing slash were not there.</source>
        <translation>Comparar las URL como si no tuvieran una barra final.</translation>
    </message>
    <message>
        <source>table, csv or jsonl (default: a table on a terminal, JSON Lines otherwise, CSV for -o FILE.csv).</source>
        <translation>table, csv o jsonl (por defecto: una tabla en un terminal, JSON Lines en otro caso, CSV para -o FILE.csv).</translation>
    </message>
    <message>
        <source>Write the results to FILE (replaced when the run ends, even when interrupted).</source>
        <translation>Escribir los resultados en FILE (se sustituye al terminar la ejecución, aunque se interrumpa).</translation>
    </message>
    <message>
        <source>GET (the default) or HEAD; nothing else is sent.</source>
        <translation>GET (por defecto) o HEAD; no se envía nada más.</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeat it for more.</source>
        <translation>Una cabecera de la petición, &quot;Nombre: valor&quot;; repítala para añadir más.</translation>
    </message>
    <message>
        <source>The User-Agent header to send.</source>
        <translation>La cabecera User-Agent que se envía.</translation>
    </message>
    <message>
        <source>Follow at most N redirects (default 20).</source>
        <translation>Seguir como máximo N redirecciones (20 por defecto).</translation>
    </message>
    <message>
        <source>Give up on a hop after SECONDS without data (default 30).</source>
        <translation>Abandonar un salto tras SECONDS sin datos (30 por defecto).</translation>
    </message>
    <message>
        <source>Give up on a chain after SECONDS.</source>
        <translation>Abandonar una cadena tras SECONDS.</translation>
    </message>
    <message>
        <source>Follow redirects from https to plain http (still reported as https-downgrade).</source>
        <translation>Seguir redirecciones de https a http sin cifrar (se siguen indicando como https-downgrade).</translation>
    </message>
    <message>
        <source>Accept invalid certificates.</source>
        <translation>Aceptar certificados no válidos.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>No se puede leer “%1”.</translation>
    </message>
    <message>
        <source>%1 of %2 sources, %3 a second</source>
        <translation>%1 de %2 orígenes, %3 por segundo</translation>
    </message>
    <message>
        <source>%1 sources, %2 a second</source>
        <translation>%1 orígenes, %2 por segundo</translation>
    </message>
    <message>
        <source>The input holds no URL to audit.</source>
        <translation>La entrada no contiene ninguna URL que auditar.</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>No se pudo escribir “%1”.</translation>
    </message>
    <message>
        <source>Show credentials (a password in a URL, what -H, -u and the like send) instead of masking them.</source>
        <translation>Mostrar las credenciales (una contraseña en una URL, lo que envían -H, -u y similares) en lugar de enmascararlas.</translation>
    </message>
    <message>
        <source>A file, an http or https URL, or - for standard input: a list of URLs (one a line), a redirect map (source,expected_target[,expected_status], CSV with commas or semicolons, or tab-separated) or a sitemap (.xml, .xml.gz or a sitemap index). Each source&apos;s result comes in the input&apos;s order as it finishes, then a summary. Exit status: 0 when every source matched (without expectations: ended on 2xx with no problem), 1 when any did not, 2 for bad input (nothing sent), 130 when interrupted with Ctrl+C (after the summary of what finished; a second Ctrl+C ends at once).</source>
        <translation>Un archivo, una URL http o https, o - para la entrada estándar: una lista de URL (una por línea), un mapa de redirecciones (source,expected_target[,expected_status], CSV con comas o puntos y coma, o separado por tabuladores) o un sitemap (.xml, .xml.gz o un índice de sitemaps). El resultado de cada origen aparece en el orden de la entrada a medida que termina, y después un resumen. Estado de salida: 0 cuando todos los orígenes coincidieron (sin expectativas: terminaron en 2xx sin ningún problema), 1 cuando alguno no, 2 para una entrada incorrecta (no se envía nada), 130 cuando se interrumpe con Ctrl+C (tras el resumen de lo que terminó; un segundo Ctrl+C termina en el acto).</translation>
    </message>
    <message>
        <source>Give up on a hop not connected within SECONDS.</source>
        <translation>Abandonar un salto no conectado en SEGUNDOS.</translation>
    </message>
    <message>
        <source>-I sends HEAD and -X asks for GET: give one method.</source>
        <translation>-I envía HEAD y -X pide GET: indique un solo método.</translation>
    </message>
    <message>
        <source>Send HEAD, as -X HEAD (curl&apos;s -I).</source>
        <translation>Enviar HEAD, como -X HEAD (el -I de curl).</translation>
    </message>
    <message numerus="yes">
        <source>The output could not be written, so the run stopped after %n source(s).</source>
        <translation>
            <numerusform>No se pudo escribir la salida, así que la ejecución se detuvo tras %n origen.</numerusform>
            <numerusform>No se pudo escribir la salida, así que la ejecución se detuvo tras %n orígenes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditInput</name>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>No se puede leer el archivo “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1” es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>la entrada estándar</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>el texto pegado</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: no network access.</source>
        <translation>No se puede descargar %1: no hay acceso a la red.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL.</source>
        <translation>“%1” no es una URL http o https.</translation>
    </message>
    <message>
        <source>Read as a sitemap: the input is gzip-compressed.</source>
        <translation>Leído como sitemap: la entrada está comprimida con gzip.</translation>
    </message>
    <message>
        <source>Read as a sitemap: the input is XML.</source>
        <translation>Leído como sitemap: la entrada es XML.</translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 has a source and a target separated by a tab.</source>
        <translation>Leído como mapa de redirecciones: la línea %1 tiene un origen y un destino separados por un tabulador.</translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 has a source and a target separated by a comma.</source>
        <translation>Leído como mapa de redirecciones: la línea %1 tiene un origen y un destino separados por una coma.</translation>
    </message>
    <message>
        <source>Read as a URL list: one URL a line.</source>
        <translation>Leído como lista de URL: una URL por línea.</translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes: not a URL.</source>
        <translation>La línea ocupa más de %1 bytes: no es una URL.</translation>
    </message>
    <message>
        <source>A quoted field opened on this line is never closed.</source>
        <translation>Un campo entre comillas abierto en esta línea no se cierra nunca.</translation>
    </message>
    <message>
        <source>The line is not UTF-8 text; save the file as UTF-8 (spreadsheets call it “CSV UTF-8”).</source>
        <translation>La línea no es texto UTF-8; guarde el archivo como UTF-8 (las hojas de cálculo lo llaman «CSV UTF-8»).</translation>
    </message>
    <message>
        <source>Line %1 is a header row (%2): not checked.</source>
        <translation>La línea %1 es una fila de encabezado (%2): no se comprueba.</translation>
    </message>
    <message numerus="yes">
        <source>A redirect map line has a source, an expected target and optionally an expected status; this one has %n field(s).</source>
        <translation>
            <numerusform>Una línea de un mapa de redirecciones tiene un origen, un destino esperado y, opcionalmente, un estado esperado; esta tiene %n campo.</numerusform>
            <numerusform>Una línea de un mapa de redirecciones tiene un origen, un destino esperado y, opcionalmente, un estado esperado; esta tiene %n campos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source URL is empty.</source>
        <translation>La URL de origen está vacía.</translation>
    </message>
    <message>
        <source>The expected status “%1” is not a status code from 100 to 599.</source>
        <translation>El estado esperado “%1” no es un código de estado entre 100 y 599.</translation>
    </message>
    <message>
        <source>The expected target is empty.</source>
        <translation>El destino esperado está vacío.</translation>
    </message>
    <message>
        <source>The expected target “%1” is not an http or https URL, nor a path relative to the source.</source>
        <translation>El destino esperado “%1” no es una URL http o https, ni una ruta relativa al origen.</translation>
    </message>
    <message>
        <source>zlib could not be set up to read gzip.</source>
        <translation>No se pudo preparar zlib para leer gzip.</translation>
    </message>
    <message>
        <source>The gzip data is corrupt (%1).</source>
        <translation>Los datos gzip están dañados (%1).</translation>
    </message>
    <message>
        <source>The document holds no sitemap: no &lt;urlset&gt; or &lt;sitemapindex&gt; element.</source>
        <translation>El documento no contiene ningún sitemap: no hay ningún elemento &lt;urlset&gt; ni &lt;sitemapindex&gt;.</translation>
    </message>
    <message>
        <source>The document is XML but not a sitemap: its root element is &lt;%1&gt;, not &lt;urlset&gt; or &lt;sitemapindex&gt;.</source>
        <translation>El documento es XML pero no un sitemap: su elemento raíz es &lt;%1&gt;, no &lt;urlset&gt; ni &lt;sitemapindex&gt;.</translation>
    </message>
    <message>
        <source>The sitemap is not well-formed XML (line %1): %2</source>
        <translation>El sitemap no es XML bien formado (línea %1): %2</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation>la lectura falló: %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes (unpacked): only its beginning was read.</source>
        <translation>%1 ocupa más de %2 bytes (descomprimido): solo se leyó su principio.</translation>
    </message>
    <message>
        <source>A sitemap&apos;s &lt;loc&gt; is a full http or https URL; “%1” is not.</source>
        <translation>El &lt;loc&gt; de un sitemap es una URL http o https completa; “%1” no lo es.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The sitemap %1 was not read to its end: %2</source>
        <translation>El sitemap %1 no se leyó hasta el final: %2</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>el servidor respondió %1 %2</translation>
    </message>
    <message>
        <source>The sitemap index %1 names “%2”, which is not an http or https URL: not read.</source>
        <translation>El índice de sitemaps %1 nombra “%2”, que no es una URL http o https: no se lee.</translation>
    </message>
    <message numerus="yes">
        <source>Sitemap indexes nested more than %n level(s) deep are not followed (first: %1).</source>
        <translation>
            <numerusform>No se siguen índices de sitemaps anidados a más de %n nivel de profundidad (el primero: %1).</numerusform>
            <numerusform>No se siguen índices de sitemaps anidados a más de %n niveles de profundidad (el primero: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sitemap index names %n sitemap(s), but nothing can be fetched here.</source>
        <translation>
            <numerusform>El índice de sitemaps nombra %n sitemap, pero aquí no se puede descargar nada.</numerusform>
            <numerusform>El índice de sitemaps nombra %n sitemaps, pero aquí no se puede descargar nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sitemap(s) named by the index were not read: at most %1 sitemaps are read in one run.</source>
        <translation>
            <numerusform>%n sitemap nombrado por el índice no se leyó: se leen como máximo %1 sitemaps en una ejecución.</numerusform>
            <numerusform>%n sitemaps nombrados por el índice no se leyeron: se leen como máximo %1 sitemaps en una ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 opens a quoted field.</source>
        <translation>Leído como mapa de redirecciones: la línea %1 abre un campo entre comillas.</translation>
    </message>
    <message>
        <source>Read as a redirect map.</source>
        <translation>Leído como mapa de redirecciones.</translation>
    </message>
    <message>
        <source>The sitemap stops before its XML document is complete (cut short).</source>
        <translation>El sitemap se interrumpe antes de que su documento XML esté completo (cortado).</translation>
    </message>
    <message>
        <source>the gzip data stops before the end of its stream (cut short)</source>
        <translation>los datos gzip se interrumpen antes del final de su flujo (cortados)</translation>
    </message>
    <message>
        <source>Read as a redirect map: line %1 has a source and a target separated by a semicolon.</source>
        <translation>Leído como mapa de redirecciones: la línea %1 tiene un origen y un destino separados por un punto y coma.</translation>
    </message>
    <message>
        <source>Line %1 names the separator (%2): not checked.</source>
        <translation>La línea %1 indica el separador (%2): no se comprueba.</translation>
    </message>
    <message numerus="yes">
        <source>%n sitemap(s) named again by an index (or an index naming itself) were read once.</source>
        <translation>
            <numerusform>%n sitemap nombrado de nuevo por un índice (o un índice que se nombra a sí mismo) se leyó una sola vez.</numerusform>
            <numerusform>%n sitemaps nombrados de nuevo por un índice (o un índice que se nombra a sí mismo) se leyeron una sola vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditOutput</name>
    <message>
        <source>LINE</source>
        <translation>LÍNEA</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>CHAIN</source>
        <translation>CADENA</translation>
    </message>
    <message>
        <source>FINAL URL</source>
        <translation>URL FINAL</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>COINCIDE</translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation>PROBLEMAS</translation>
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
        <source>expected %1</source>
        <translation>se esperaba %1</translation>
    </message>
    <message>
        <source>Sources: %1, matched: %2, mismatched: %3 (errors: %4), in %5 s.</source>
        <translation>Orígenes: %1, coinciden: %2, no coinciden: %3 (errores: %4), en %5 s.</translation>
    </message>
    <message>
        <source>Interrupted: the summary counts the sources that finished.</source>
        <translation>Interrumpido: el resumen cuenta los orígenes que terminaron.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>A list, a redirect map (CSV or TSV) or a sitemap (.xml, .xml.gz)</source>
        <translation>Una lista, un mapa de redirecciones (CSV o TSV) o un sitemap (.xml, .xml.gz)</translation>
    </message>
    <message>
        <source>File to audit</source>
        <translation>Archivo que auditar</translation>
    </message>
    <message>
        <source>A list of URLs, a redirect map (CSV or TSV) or a sitemap (.xml, .xml.gz)</source>
        <translation>Una lista de URL, un mapa de redirecciones (CSV o TSV) o un sitemap (.xml, .xml.gz)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Bus&amp;car…</translation>
    </message>
    <message>
        <source>Paste &amp;map or list</source>
        <translation>Pegar &amp;mapa o lista</translation>
    </message>
    <message>
        <source>One URL per line, or source,expected_target[,expected_status] per line</source>
        <translation>Una URL por línea, o source,expected_target[,expected_status] por línea</translation>
    </message>
    <message>
        <source>Pasted list or map</source>
        <translation>Lista o mapa pegados</translation>
    </message>
    <message>
        <source>One URL per line, or source,expected_target[,expected_status] per line; Ctrl+Enter starts</source>
        <translation>Una URL por línea, o source,expected_target[,expected_status] por línea; Ctrl+Intro empieza</translation>
    </message>
    <message>
        <source>https://example.com/sitemap.xml</source>
        <translation>https://example.com/sitemap.xml</translation>
    </message>
    <message>
        <source>Sitemap URL</source>
        <translation>URL del sitemap</translation>
    </message>
    <message>
        <source>The address of a sitemap, a sitemap index, a list or a map</source>
        <translation>La dirección de un sitemap, un índice de sitemaps, una lista o un mapa</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Kind of input</source>
        <translation>Formato de la entrada</translation>
    </message>
    <message>
        <source>How the input is read: guessed from its first lines, or as chosen</source>
        <translation>Cómo se lee la entrada: deducido de sus primeras líneas, o según lo elegido</translation>
    </message>
    <message>
        <source>Ignore &amp;query</source>
        <translation>Ignorar la c&amp;onsulta</translation>
    </message>
    <message>
        <source>The final URL matches the expected target whatever their queries</source>
        <translation>La URL final coincide con el destino esperado sean cuales sean sus consultas</translation>
    </message>
    <message>
        <source>I&amp;gnore trailing slash</source>
        <translation>I&amp;gnorar la barra final</translation>
    </message>
    <message>
        <source>“/a/” and “/a” match</source>
        <translation>“/a/” y “/a” coinciden</translation>
    </message>
    <message>
        <source>HEAD requests onl&amp;y</source>
        <translation>Solo peti&amp;ciones HEAD</translation>
    </message>
    <message>
        <source>Send HEAD instead of GET: nothing but HEAD is sent</source>
        <translation>Enviar HEAD en lugar de GET: no se envía nada más que HEAD</translation>
    </message>
    <message>
        <source>Chains at &amp;once:</source>
        <translation>Cadenas a la ve&amp;z:</translation>
    </message>
    <message>
        <source>How many chains run at the same time</source>
        <translation>Cuántas cadenas se ejecutan al mismo tiempo</translation>
    </message>
    <message>
        <source>Chains at once</source>
        <translation>Cadenas a la vez</translation>
    </message>
    <message>
        <source>&amp;At most per host:</source>
        <translation>Como má&amp;ximo por host:</translation>
    </message>
    <message>
        <source>Requests in flight per host at most, redirects included; 0: no limit</source>
        <translation>Peticiones en curso por host como máximo, redirecciones incluidas; 0: sin límite</translation>
    </message>
    <message>
        <source>At most per host</source>
        <translation>Como máximo por host</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Rate per host:</source>
        <translation>Ritmo por host:</translation>
    </message>
    <message>
        <source>Requests started per second per host at most; 0: no limit</source>
        <translation>Peticiones iniciadas por segundo por host como máximo; 0: sin límite</translation>
    </message>
    <message>
        <source>Rate per host</source>
        <translation>Ritmo por host</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Max &amp;chain:</source>
        <translation>&amp;Redirecciones máximas:</translation>
    </message>
    <message>
        <source>More redirects followed than this is the problem chain-too-long</source>
        <translation>Seguir más redirecciones que estas es el problema chain-too-long</translation>
    </message>
    <message>
        <source>Max chain</source>
        <translation>Redirecciones máximas</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Start the audit (Ctrl+Enter)</source>
        <translation>Iniciar la auditoría (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Stop the run; the rows that finished stay (Esc)</source>
        <translation>Detener la ejecución; las filas que terminaron se conservan (Esc)</translation>
    </message>
    <message>
        <source>Run again only the rows with a problem</source>
        <translation>Volver a ejecutar solo las filas con algún problema</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Progreso de la auditoría</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mos&amp;trar:</translation>
    </message>
    <message>
        <source>Which rows to show</source>
        <translation>Qué filas mostrar</translation>
    </message>
    <message>
        <source>All rows, the rows with a problem, or the rows with one problem id</source>
        <translation>Todas las filas, las filas con algún problema, o las filas con un id de problema concreto</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Host filter</source>
        <translation>Filtro de host</translation>
    </message>
    <message>
        <source>Only the rows whose source is on this host</source>
        <translation>Solo las filas cuyo origen está en este host</translation>
    </message>
    <message>
        <source>Final status filter</source>
        <translation>Filtro de estado final</translation>
    </message>
    <message>
        <source>Only the rows whose chain ended with a status of this class, or without a response</source>
        <translation>Solo las filas cuya cadena terminó con un estado de esta clase, o sin respuesta</translation>
    </message>
    <message>
        <source>Search sources and URLs</source>
        <translation>Buscar en orígenes y URL</translation>
    </message>
    <message>
        <source>Only the rows whose source, final URL or expected target contains the text</source>
        <translation>Solo las filas cuyo origen, URL final o destino esperado contiene el texto</translation>
    </message>
    <message>
        <source>Audit rows</source>
        <translation>Filas de la auditoría</translation>
    </message>
    <message>
        <source>One row per source in input order; the selected row’s chain is shown beside or below</source>
        <translation>Una fila por origen, en el orden de la entrada; la cadena de la fila seleccionada se muestra al lado o debajo</translation>
    </message>
    <message>
        <source>Search URLs</source>
        <translation>Buscar en las URL</translation>
    </message>
    <message>
        <source>Fi&amp;le</source>
        <translation>Archiv&amp;o</translation>
    </message>
    <message>
        <source>Sitem&amp;ap URL</source>
        <translation>URL &amp;del sitemap</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>O&amp;pciones</translation>
    </message>
    <message>
        <source>How the chains are checked and how fast they are sent</source>
        <translation>Cómo se comprueban las cadenas y a qué ritmo se envían</translation>
    </message>
    <message>
        <source>Pau&amp;se</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>&amp;Re-run failed</source>
        <translation>Repetir fallida&amp;s</translation>
    </message>
    <message>
        <source>Final status:</source>
        <translation>Estado final:</translation>
    </message>
</context>
<context>
    <name>AuthChallenge</name>
    <message>
        <source>the field stops following the challenge grammar at character %1 (“%2”)</source>
        <translation>el campo deja de seguir la gramática del desafío en el carácter %1 (“%2”)</translation>
    </message>
</context>
<context>
    <name>AuthResponder</name>
    <message>
        <source>%1 (realm “%2”)</source>
        <translation>%1 (realm “%2”)</translation>
    </message>
    <message>
        <source>The Bearer token is empty.</source>
        <translation>El token Bearer está vacío.</translation>
    </message>
    <message>
        <source>The Bearer token holds a control character (a line break?), which cannot go into a header field.</source>
        <translation>El token Bearer contiene un carácter de control (¿un salto de línea?), que no puede ir en un campo de cabecera.</translation>
    </message>
    <message>
        <source>The user name “%1” holds a colon, which Basic cannot carry (RFC 7617 §2).</source>
        <translation>El nombre de usuario “%1” contiene dos puntos, que Basic no puede transmitir (RFC 7617 §2).</translation>
    </message>
    <message>
        <source>-u with --basic answers Basic only</source>
        <translation>-u con --basic solo responde a Basic</translation>
    </message>
    <message>
        <source>--digest answers Digest only</source>
        <translation>--digest solo responde a Digest</translation>
    </message>
    <message>
        <source>--anyauth answers Basic and Digest</source>
        <translation>--anyauth responde a Basic y a Digest</translation>
    </message>
    <message>
        <source>--oauth2-bearer sends a Bearer token only</source>
        <translation>--oauth2-bearer solo envía un token Bearer</translation>
    </message>
    <message>
        <source>The credentials given were not sent: %1 is another origin than the one typed (%2). They stay off for the rest of the chain.</source>
        <translation>Las credenciales indicadas no se enviaron: %1 es un origen distinto del escrito (%2). Quedan desactivadas durante el resto de la cadena.</translation>
    </message>
    <message>
        <source>Digest sent ahead for user %1 with the nonce from hop %2&apos;s 401 (nonce count %3).</source>
        <translation>Digest enviado por adelantado para el usuario %1 con el nonce del 401 del salto %2 (nonce count %3).</translation>
    </message>
    <message>
        <source>%1 credentials went over plain http; the server is on this machine, so they did not cross a network, but anywhere else they would be readable on the way.</source>
        <translation>Las credenciales %1 viajaron por http sin cifrar; el servidor está en esta máquina, así que no cruzaron ninguna red, pero en cualquier otro caso se podrían leer por el camino.</translation>
    </message>
    <message>
        <source>%1 credentials went over plain http: anyone on the way can read them. Use https.</source>
        <translation>Las credenciales %1 viajaron por http sin cifrar: cualquiera en el camino puede leerlas. Use https.</translation>
    </message>
    <message>
        <source>The 401 said the nonce had expired (stale=true), not that the credentials were wrong; answered again with its new nonce, user %1.</source>
        <translation>El 401 indicó que el nonce había caducado (stale=true), no que las credenciales fueran incorrectas; se respondió de nuevo con su nuevo nonce, usuario %1.</translation>
    </message>
    <message>
        <source>The server refused the %1 credentials: 401 again. They are not sent a second time.</source>
        <translation>El servidor rechazó las credenciales %1: otro 401. No se envían una segunda vez.</translation>
    </message>
    <message>
        <source>The server refused the %1 credentials for user %2: 401 again. They are not sent a second time.</source>
        <translation>El servidor rechazó las credenciales %1 del usuario %2: otro 401. No se envían una segunda vez.</translation>
    </message>
    <message>
        <source>It asks for %1 (%2).</source>
        <translation>Pide %1 (%2).</translation>
    </message>
    <message>
        <source>Bearer error: %1.</source>
        <translation>Error de Bearer: %1.</translation>
    </message>
    <message>
        <source>The 401 asked for Digest; answered with user %1 (%2, realm “%3”).</source>
        <translation>El 401 pedía Digest; se respondió con el usuario %1 (%2, realm “%3”).</translation>
    </message>
    <message>
        <source>The 401 asked for Basic; answered with user %1.</source>
        <translation>El 401 pedía Basic; se respondió con el usuario %1.</translation>
    </message>
    <message>
        <source>The 401 names no scheme to answer (no WWW-Authenticate), so the credentials were not sent.</source>
        <translation>El 401 no nombra ningún esquema al que responder (no hay WWW-Authenticate), así que las credenciales no se enviaron.</translation>
    </message>
    <message>
        <source>The 401 asks for %1, which %2: the credentials were not sent.</source>
        <translation>El 401 pide %1, pero %2: las credenciales no se enviaron.</translation>
    </message>
    <message>
        <source>Digest could not be answered: %1.</source>
        <translation>No se pudo responder a Digest: %1.</translation>
    </message>
    <message>
        <source>WWW-Authenticate was read only in part: %1.</source>
        <translation>WWW-Authenticate solo se leyó en parte: %1.</translation>
    </message>
</context>
<context>
    <name>BodyChecks</name>
    <message>
        <source>Both Transfer-Encoding (%1) and Content-Length (%2) were sent. The length was ignored, as HTTP/1.1 requires, but anything on the way that reads it instead ends the body elsewhere: the way requests are smuggled.</source>
        <translation>Se enviaron a la vez Transfer-Encoding (%1) y Content-Length (%2). La longitud se ignoró, como exige HTTP/1.1, pero cualquier intermediario que la lea en su lugar termina el cuerpo en otro punto: así se cuelan peticiones de contrabando (request smuggling).</translation>
    </message>
    <message>
        <source>Content-Length came with different values (%1): where the body ends is ambiguous. Qt 6.4 went by the first, so the body shown may be cut or run into what follows.</source>
        <translation>Content-Length llegó con valores distintos (%1): no está claro dónde termina el cuerpo. Qt 6.4 se guio por el primero, así que el cuerpo mostrado puede estar cortado o invadir lo que sigue.</translation>
    </message>
    <message>
        <source>The Content-Length “%1” is not a number of bytes: where the body ends is unknown, and Qt 6.4 read until the connection closed.</source>
        <translation>El Content-Length “%1” no es un número de bytes: no se sabe dónde termina el cuerpo, y Qt 6.4 leyó hasta que se cerró la conexión.</translation>
    </message>
    <message>
        <source>The transfer coding %1 was not undone: the body is shown as it arrived, after chunked framing was removed.</source>
        <translation>La codificación de transferencia %1 no se deshizo: el cuerpo se muestra tal como llegó, tras quitar la delimitación chunked.</translation>
    </message>
    <message>
        <source>The body is shown as received: “%1” is not a content coding StatusScope undoes (it undoes gzip and deflate). Content-Encoding: %2.</source>
        <translation>El cuerpo se muestra tal como se recibió: “%1” no es una codificación de contenido que StatusScope deshaga (deshace gzip y deflate). Content-Encoding: %2.</translation>
    </message>
    <message>
        <source>The %1 body was decoded: %2 bytes on the wire became %3.</source>
        <translation>Se descodificó el cuerpo codificado con %1: %2 bytes en la red pasaron a ser %3.</translation>
    </message>
    <message>
        <source>The %1 body could not be decoded: %2. %3 bytes arrived and %4 were decoded; the body shown is only that part.</source>
        <translation>No se pudo descodificar el cuerpo codificado con %1: %2. Llegaron %3 bytes y se descodificaron %4; el cuerpo mostrado es solo esa parte.</translation>
    </message>
    <message>
        <source>The body is shown as received, %1-coded, because Accept-Encoding was typed.</source>
        <translation>El cuerpo se muestra tal como se recibió, codificado con %1, porque Accept-Encoding se escribió a mano.</translation>
    </message>
</context>
<context>
    <name>BodyDecoder</name>
    <message>
        <source>the %1 decoder could not start</source>
        <translation>no se pudo iniciar el descodificador de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow the end of the %1 data</source>
        <translation>
            <numerusform>hay %n byte tras el final de los datos %1</numerusform>
            <numerusform>hay %n bytes tras el final de los datos %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 data is corrupt</source>
        <translation>los datos %1 están corruptos</translation>
    </message>
    <message>
        <source>the %1 data is corrupt (%2)</source>
        <translation>los datos %1 están corruptos (%2)</translation>
    </message>
    <message>
        <source>the %1 data stops before its end</source>
        <translation>los datos %1 terminan antes de tiempo</translation>
    </message>
</context>
<context>
    <name>BodyFile</name>
    <message>
        <source>The body file “%1” is larger than %2 MiB, the most a request body may be.</source>
        <translation>El archivo de cuerpo “%1” ocupa más de %2 MiB, lo máximo que puede ocupar el cuerpo de una petición.</translation>
    </message>
    <message>
        <source>The body file “%1” cannot be read: %2</source>
        <translation>No se puede leer el archivo de cuerpo “%1”: %2</translation>
    </message>
    <message>
        <source>The body file “%1” no longer exists.</source>
        <translation>El archivo de cuerpo “%1” ya no existe.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a folder, a pipe or a device); the console sends the contents of regular files only.</source>
        <translation>“%1” no es un archivo normal (es una carpeta, una tubería o un dispositivo); la consola solo envía el contenido de archivos normales.</translation>
    </message>
    <message>
        <source>The body file “%1” cannot be read: permission denied.</source>
        <translation>No se puede leer el archivo de cuerpo “%1”: permiso denegado.</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>statusscope: the catalogue could not be loaded: %1</source>
        <translation>statusscope: no se pudo cargar el catálogo: %1</translation>
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
        <source> (deprecated)</source>
        <translation> (obsoleto)</translation>
    </message>
    <message>
        <source>IANA registry:</source>
        <translation>Registro IANA:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>También llamado:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Cabeceras:</translation>
    </message>
    <message>
        <source>Cacheable by default:</source>
        <translation>Almacenable en caché por defecto:</translation>
    </message>
    <message>
        <source>Redirect:</source>
        <translation>Redirección:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Relacionados:</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>The status code, for example 404 or 000.</source>
        <translation>El código de estado, por ejemplo 404 o 000.</translation>
    </message>
    <message>
        <source>statusscope explain: give exactly one status code, for example &quot;statusscope explain 404&quot;.</source>
        <translation>statusscope explain: indique exactamente un código de estado, por ejemplo “statusscope explain 404”.</translation>
    </message>
    <message>
        <source>statusscope explain: &quot;%1&quot; is not a status code; a status code is a number such as 404.</source>
        <translation>statusscope explain: “%1” no es un código de estado; un código de estado es un número como 404.</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation>%1 no está en el catálogo.</translation>
    </message>
    <message>
        <source>By its number it belongs to %1 (%2): %3</source>
        <translation>Por su número pertenece a %1 (%2): %3</translation>
    </message>
    <message>
        <source>Only codes of CLASS: 1xx, 2xx, 3xx, 4xx, 5xx or other.</source>
        <translation>Solo los códigos de la clase CLASS: 1xx, 2xx, 3xx, 4xx, 5xx u other.</translation>
    </message>
    <message>
        <source>Only codes of ORIGIN: standard, webdav, experimental, historical, vendor or unofficial.</source>
        <translation>Solo los códigos del origen ORIGIN: standard, webdav, experimental, historical, vendor o unofficial.</translation>
    </message>
    <message>
        <source>statusscope codes: unexpected argument &quot;%1&quot;; filters are given with --class, --origin and --search.</source>
        <translation>statusscope codes: argumento inesperado “%1”; los filtros se indican con --class, --origin y --search.</translation>
    </message>
    <message>
        <source>statusscope codes: &quot;%1&quot; is not a class; use 1xx, 2xx, 3xx, 4xx, 5xx or other.</source>
        <translation>statusscope codes: “%1” no es una clase; use 1xx, 2xx, 3xx, 4xx, 5xx u other.</translation>
    </message>
    <message>
        <source>statusscope codes: &quot;%1&quot; is not an origin; use one of %2.</source>
        <translation>statusscope codes: “%1” no es un origen; use uno de %2.</translation>
    </message>
    <message>
        <source>No catalogue entry matches these filters.</source>
        <translation>Ninguna entrada del catálogo coincide con estos filtros.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>CLASE</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGEN</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n meanings.</source>
        <translation>
            <numerusform>%1 tiene %n significado.</numerusform>
            <numerusform>%1 tiene %n significados.</numerusform>
        </translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>también %1</translation>
    </message>
    <message>
        <source>In code:</source>
        <translation>En el código:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Widely repeated, no primary source: %1</source>
        <translation>Muy repetido, sin fuente primaria: %1</translation>
    </message>
    <message>
        <source>Some of these texts are not translated yet and are shown in English.</source>
        <translation>Algunos de estos textos aún no están traducidos y se muestran en inglés.</translation>
    </message>
    <message>
        <source>statusscope %1: &quot;%2&quot; is not a catalogue language; use one of %3.</source>
        <translation>statusscope %1: “%2” no es un idioma del catálogo; use uno de %3.</translation>
    </message>
    <message>
        <source>Texts in LANG (en, de, fr or es) instead of the environment&apos;s language.</source>
        <translation>Textos en LANG (en, de, fr o es) en lugar del idioma del entorno.</translation>
    </message>
    <message>
        <source>Only codes matching TEXT, in English or in the catalogue&apos;s language (--lang), as in the window&apos;s search field.</source>
        <translation>Solo los códigos que coinciden con TEXT, en inglés o en el idioma del catálogo (--lang), como en el campo de búsqueda de la ventana.</translation>
    </message>
</context>
<context>
    <name>CatalogueError</name>
    <message>
        <source>: entry %1 (code %2)</source>
        <translation>: entrada %1 (código %2)</translation>
    </message>
    <message>
        <source>: entry %1</source>
        <translation>: entrada %1</translation>
    </message>
    <message>
        <source>, field &quot;%1&quot;</source>
        <translation>, campo “%1”</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is damaged or from another build</source>
        <translation>está dañado o procede de otra compilación</translation>
    </message>
    <message>
        <source>is not built into this program</source>
        <translation>no está integrado en este programa</translation>
    </message>
    <message>
        <source>is larger than 16 MiB, which no catalogue needs; is it the right file?</source>
        <translation>ocupa más de 16 MiB, algo que ningún catálogo necesita; ¿es el archivo correcto?</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Search codes, reasons and descriptions (Ctrl+F)</source>
        <translation>Buscar códigos, motivos y descripciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Filtro de clase</translation>
    </message>
    <message>
        <source>Origin filter</source>
        <translation>Filtro de origen</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>Número de códigos encontrados</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>Códigos de estado</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>Borrar búsqueda y &amp;filtros</translation>
    </message>
    <message>
        <source>Status code details</source>
        <translation>Detalles del código de estado</translation>
    </message>
    <message>
        <source>Shows only the codes of one class, such as 4xx client errors.</source>
        <translation>Muestra solo los códigos de una clase, como los errores del cliente 4xx.</translation>
    </message>
    <message>
        <source>Shows only the codes of one origin: standard, WebDAV, experimental, historical, vendor or unofficial.</source>
        <translation>Muestra solo los códigos de un origen: estándar, WebDAV, experimental, histórico, fabricante o no oficial.</translation>
    </message>
    <message>
        <source>The matching status codes with their reason and origin; the selected one is explained beside the list.</source>
        <translation>Los códigos de estado encontrados con su motivo y su origen; el seleccionado se explica junto a la lista.</translation>
    </message>
    <message>
        <source>The meaning, class, origin, registry status, headers and specification of the selected status code.</source>
        <translation>El significado, la clase, el origen, el estado en el registro, las cabeceras y la especificación del código de estado seleccionado.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Type a code such as 404, a class such as 4xx, words from a reason or description, or a name from code such as StatusTeapot.</source>
        <translation>Escriba un código como 404, una clase como 4xx, palabras de un motivo o una descripción, o un nombre del código como StatusTeapot.</translation>
    </message>
</context>
<context>
    <name>CatalogueParser</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>no es JSON válido: %1</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>el nivel superior debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>must be %1, the format version this build reads</source>
        <translation>debe ser %1, la versión de formato que lee esta compilación</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>must be an object with a description for each class</source>
        <translation>debe ser un objeto con una descripción para cada clase</translation>
    </message>
    <message>
        <source>every class needs a description</source>
        <translation>cada clase necesita una descripción</translation>
    </message>
    <message>
        <source>is not a status class</source>
        <translation>no es una clase de estado</translation>
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation>no es un campo conocido (¿una errata?)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena de texto no vacía</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>debe ser una lista de cadenas de texto</translation>
    </message>
    <message>
        <source>must contain only non-empty strings</source>
        <translation>solo debe contener cadenas de texto no vacías</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>debe ser un número entero de 0 a %1</translation>
    </message>
    <message>
        <source>must be the code written with digits only</source>
        <translation>debe ser el código escrito solo con dígitos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1” no es uno de %2</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>debe ser una sola línea</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header field name</source>
        <translation>“%1” no es un nombre de cabecera válido</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be an array of codes</source>
        <translation>debe ser una lista de códigos</translation>
    </message>
    <message>
        <source>must contain only whole numbers</source>
        <translation>solo debe contener números enteros</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must contain only objects</source>
        <translation>solo debe contener objetos</translation>
    </message>
    <message>
        <source>must be a positive RFC number, without a url</source>
        <translation>debe ser un número de RFC positivo, sin url</translation>
    </message>
    <message>
        <source>a reference needs an rfc number or a title</source>
        <translation>una referencia necesita un número de RFC o un título</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) link</source>
        <translation>“%1” no es un enlace http(s)</translation>
    </message>
    <message>
        <source>only 3xx codes have redirect semantics</source>
        <translation>solo los códigos 3xx tienen semántica de redirección</translation>
    </message>
    <message>
        <source>must be kept, may_change, becomes_get or not_followed</source>
        <translation>debe ser kept, may_change, becomes_get o not_followed</translation>
    </message>
    <message>
        <source>must be the registry&apos;s reason phrase</source>
        <translation>debe ser la frase de motivo del registro</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>code %1 from &quot;%2&quot; is already in the catalogue</source>
        <translation>el código %1 de “%2” ya está en el catálogo</translation>
    </message>
    <message>
        <source>an entry defined by a specification must cite it</source>
        <translation>una entrada definida por una especificación debe citarla</translation>
    </message>
    <message>
        <source>a registered code must cite its specification</source>
        <translation>un código registrado debe citar su especificación</translation>
    </message>
    <message>
        <source>an entry cannot be related to its own code</source>
        <translation>una entrada no puede estar relacionada con su propio código</translation>
    </message>
    <message>
        <source>code %1 is not in the catalogue</source>
        <translation>el código %1 no está en el catálogo</translation>
    </message>
    <message>
        <source>must be an array of {&quot;title&quot;, &quot;url&quot;} objects</source>
        <translation>debe ser un array de objetos {&quot;title&quot;, &quot;url&quot;}</translation>
    </message>
    <message>
        <source>must contain only {&quot;title&quot;, &quot;url&quot;} objects</source>
        <translation>debe contener solo objetos {&quot;title&quot;, &quot;url&quot;}</translation>
    </message>
    <message>
        <source>every source needs a title</source>
        <translation>cada fuente necesita un título</translation>
    </message>
    <message>
        <source>a vendor or unofficial entry must name at least one source (the vendor&apos;s documentation or source file) where its meaning can be checked</source>
        <translation>una entrada de un fabricante o no oficial debe nombrar al menos una fuente (la documentación o el archivo fuente del fabricante) donde se pueda comprobar su significado</translation>
    </message>
</context>
<context>
    <name>CatalogueTranslationParser</name>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation>no es un campo conocido (¿una errata?)</translation>
    </message>
    <message>
        <source>must be %1, the format version this build reads</source>
        <translation>debe ser %1, la versión de formato que lee esta compilación</translation>
    </message>
    <message>
        <source>must be the language&apos;s two-letter code, such as &quot;de&quot; (not &quot;en&quot;)</source>
        <translation>debe ser el código de dos letras del idioma, como &quot;de&quot; (no &quot;en&quot;)</translation>
    </message>
    <message>
        <source>must be an object with a text for each class</source>
        <translation>debe ser un objeto con un texto para cada clase</translation>
    </message>
    <message>
        <source>is not a status class</source>
        <translation>no es una clase de estado</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be an object: {&quot;text&quot;: …, &quot;from&quot;: …}</source>
        <translation>debe ser un objeto: {&quot;text&quot;: …, &quot;from&quot;: …}</translation>
    </message>
    <message>
        <source>must be a non-empty string (leave out a field not yet translated)</source>
        <translation>debe ser una cadena no vacía (omita un campo que aún no esté traducido)</translation>
    </message>
    <message>
        <source>must be the %1 hex digits of the English text&apos;s hash</source>
        <translation>debe ser los %1 dígitos hexadecimales del hash del texto inglés</translation>
    </message>
    <message>
        <source>is missing: run &quot;./dev catalogue-translations --stamp LANG&quot; after writing a text</source>
        <translation>falta: ejecute &quot;./dev catalogue-translations --stamp LANG&quot; después de escribir un texto</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must name the English entry as &quot;CODE REASON · ORIGIN&quot;, for example &quot;499 Client Closed Request · nginx&quot;</source>
        <translation>debe nombrar la entrada inglesa como &quot;CODE REASON · ORIGIN&quot;, por ejemplo &quot;499 Client Closed Request · nginx&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1” aparece dos veces</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>debe ser una sola línea</translation>
    </message>
</context>
<context>
    <name>ChainPrinter</name>
    <message>
        <source>not catalogued</source>
        <translation>no catalogado</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <source>(no response)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>reused connection</source>
        <translation>conexión reutilizada</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>conexión %1</translation>
    </message>
    <message>
        <source>tls %1</source>
        <translation>tls %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviado %1</translation>
    </message>
    <message>
        <source>headers %1</source>
        <translation>cabeceras %1</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>detenida: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s), %1 ms, final %2, %3</source>
        <translation>
            <numerusform>%n salto, %1 ms, final %2, %3</numerusform>
            <numerusform>%n saltos, %1 ms, final %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 ms (%2)</source>
        <translation>%1 ms (%2)</translation>
    </message>
    <message>
        <source>%1, body %2</source>
        <translation>%1, cuerpo %2</translation>
    </message>
    <message>
        <source>via proxy %1</source>
        <translation>a través del proxy %1</translation>
    </message>
    <message>
        <source>via proxy %1 as %2</source>
        <translation>a través del proxy %1 como %2</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>conectado a %1</translation>
    </message>
    <message>
        <source>%1, user %2</source>
        <translation>%1, usuario %2</translation>
    </message>
    <message>
        <source>credentials %1, answering hop %2</source>
        <translation>credenciales %1, en respuesta al salto %2</translation>
    </message>
    <message>
        <source>credentials %1</source>
        <translation>credenciales %1</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>certificado de cliente %1</translation>
    </message>
</context>
<context>
    <name>ChainRecord</name>
    <message>
        <source>unknown warning severity “%1”</source>
        <translation>gravedad de aviso desconocida “%1”</translation>
    </message>
    <message>
        <source>unknown outcome “%1”</source>
        <translation>resultado desconocido “%1”</translation>
    </message>
    <message>
        <source>unknown stop reason “%1”</source>
        <translation>motivo de parada desconocido “%1”</translation>
    </message>
    <message>
        <source>unknown error kind “%1”</source>
        <translation>tipo de error desconocido “%1”</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <source>Certificate exception</source>
        <translation>Excepción de certificado</translation>
    </message>
    <message>
        <source>Why the chain ended</source>
        <translation>Por qué terminó la cadena</translation>
    </message>
    <message>
        <source>Redirect chain</source>
        <translation>Cadena de redirecciones</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>What this response means</source>
        <translation>Qué significa esta respuesta</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Cabeceras de la respuesta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>The request as sent</source>
        <translation>La petición tal como se envió</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Save full body…</source>
        <translation>Guardar el cuerpo completo…</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Timing phases of the selected hop</source>
        <translation>Fases de tiempo del salto seleccionado</translation>
    </message>
    <message>
        <source>TLS details of the selected hop</source>
        <translation>Detalles TLS del salto seleccionado</translation>
    </message>
    <message>
        <source>One row per hop: method, URL, status, reason, time and checks. Enter or a double click opens the code in the catalogue.</source>
        <translation>Una fila por salto: método, URL, estado, motivo, tiempo y comprobaciones. Intro o un doble clic abre el código en el catálogo.</translation>
    </message>
    <message>
        <source>What the status of the selected hop means, from the catalogue, and every check on this response.</source>
        <translation>Qué significa el estado del salto seleccionado, según el catálogo, y cada comprobación de esta respuesta.</translation>
    </message>
    <message>
        <source>Every header of the selected response, one per row; known ones are explained in their tool tip.</source>
        <translation>Cada cabecera de la respuesta seleccionada, una por fila; las conocidas se explican en su información emergente.</translation>
    </message>
    <message>
        <source>The method, URL, headers and body this hop sent, with what changed since the previous hop highlighted.</source>
        <translation>El método, la URL, las cabeceras y el cuerpo que envió este salto; lo que cambió desde el salto anterior aparece resaltado.</translation>
    </message>
    <message>
        <source>The response body of the selected hop: JSON and XML indented, binary shown as hex.</source>
        <translation>El cuerpo de la respuesta del salto seleccionado: JSON y XML sangrados, binario mostrado en hexadecimal.</translation>
    </message>
    <message>
        <source>When each phase of the selected hop ended, counted from its start, in milliseconds.</source>
        <translation>Cuándo terminó cada fase del salto seleccionado, contando desde su inicio, en milisegundos.</translation>
    </message>
    <message>
        <source>The protocol, cipher and certificate chain of the selected hop, with any certificate problems.</source>
        <translation>El protocolo, el cifrado y la cadena de certificados del salto seleccionado, con cualquier problema de certificado.</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <source>Copy selected</source>
        <translation>Co&amp;piar selección</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>--%1 needs a positive number, not “%2”.</source>
        <translation>--%1 necesita un número positivo, no “%2”.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not “%3”.</source>
        <translation>--%1 necesita un número entero de al menos %2, no “%3”.</translation>
    </message>
    <message>
        <source>Give a URL to check, for example “statusscope check https://example.org/”.</source>
        <translation>Indique una URL que comprobar, por ejemplo “statusscope check https://example.org/”.</translation>
    </message>
    <message>
        <source>The method (default GET, or POST with --data).</source>
        <translation>El método (GET por defecto, o POST con --data).</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot;; repeat it for more.</source>
        <translation>Una cabecera de la petición, &quot;Nombre: valor&quot;; repítala para añadir más.</translation>
    </message>
    <message>
        <source>Do not follow redirects.</source>
        <translation>No seguir redirecciones.</translation>
    </message>
    <message>
        <source>Follow at most N redirects (default 20).</source>
        <translation>Seguir como máximo N redirecciones (20 por defecto).</translation>
    </message>
    <message>
        <source>Give up on a hop after SECONDS without data (default 30).</source>
        <translation>Abandonar un salto tras SECONDS sin datos (30 por defecto).</translation>
    </message>
    <message>
        <source>Give up on the whole chain after SECONDS.</source>
        <translation>Abandonar toda la cadena tras SECONDS.</translation>
    </message>
    <message>
        <source>Read at most BYTES of each body (default 67108864).</source>
        <translation>Leer como máximo BYTES de cada cuerpo (67108864 por defecto).</translation>
    </message>
    <message>
        <source>Follow redirects from https to plain http.</source>
        <translation>Seguir redirecciones de https a http sin cifrar.</translation>
    </message>
    <message>
        <source>Accept an invalid certificate from the host of the URL given.</source>
        <translation>Aceptar un certificado no válido del host de la URL indicada.</translation>
    </message>
    <message>
        <source>Print JSON: one document, or one line per chain for several URLs.</source>
        <translation>Mostrar JSON: un documento, o una línea por cadena para varias URL.</translation>
    </message>
    <message>
        <source>Exit with 4 or 5 when the final status is 4xx or 5xx.</source>
        <translation>Salir con 4 o 5 cuando el estado final sea 4xx o 5xx.</translation>
    </message>
    <message>
        <source>Check up to N URLs at once (default 8).</source>
        <translation>Comprobar hasta N URL a la vez (8 por defecto).</translation>
    </message>
    <message>
        <source>Show credentials (Authorization, cookies) instead of masking them.</source>
        <translation>Mostrar las credenciales (Authorization, cookies) en lugar de ocultarlas.</translation>
    </message>
    <message>
        <source>Give up on a hop moving fewer than BYTES per second over --speed-time (default 1).</source>
        <translation>Abandonar un salto que transfiere menos de BYTES por segundo durante --speed-time (por defecto 1).</translation>
    </message>
    <message>
        <source>The window --speed-limit is measured over (default 30).</source>
        <translation>El intervalo sobre el que se mide --speed-limit (por defecto 30).</translation>
    </message>
    <message>
        <source>A request body, or @FILE to read it from a file (at most 64 MiB).</source>
        <translation>Un cuerpo de petición, o @FILE para leerlo de un archivo (64 MiB como máximo).</translation>
    </message>
    <message>
        <source>Read URLs from FILE, one per line of at most 8 KiB (- for standard input); lines are read as chains finish, results are JSON Lines with --json.</source>
        <translation>Leer las URL de FILE, una por línea de 8 KiB como máximo (- para la entrada estándar); las líneas se leen a medida que terminan las cadenas y, con --json, los resultados son JSON Lines.</translation>
    </message>
    <message>
        <source>Also write the chains as a HAR 1.2 file (credentials masked unless --show-secrets); a file is replaced when done, a pipe is appended to; - writes it instead of the report.</source>
        <translation>Escribir además las cadenas como archivo HAR 1.2 (credenciales ocultas salvo con --show-secrets); un archivo se sustituye al terminar y a una tubería se le añade al final; con - se escribe en lugar del informe.</translation>
    </message>
    <message>
        <source>One or more http or https URLs; without a scheme, http:// is added (localhost:8080/x).</source>
        <translation>Una o varias URL http o https; sin esquema se añade http:// (localhost:8080/x).</translation>
    </message>
    <message>
        <source>Credentials for the server of the URL given, USER:PASSWORD (split at the first colon); never sent to another origin. Basic unless --digest or --anyauth.</source>
        <translation>Credenciales para el servidor de la URL indicada, USER:PASSWORD (separadas en los primeros dos puntos); nunca se envían a otro origen. Basic salvo con --digest o --anyauth.</translation>
    </message>
    <message>
        <source>Send -u&apos;s credentials as Basic with the first request (the default).</source>
        <translation>Enviar las credenciales de -u como Basic con la primera petición (por defecto).</translation>
    </message>
    <message>
        <source>Answer the server&apos;s Digest challenge with -u&apos;s credentials (MD5, SHA-256, qop=auth).</source>
        <translation>Responder al desafío Digest del servidor con las credenciales de -u (MD5, SHA-256, qop=auth).</translation>
    </message>
    <message>
        <source>Wait for the 401 and answer the strongest scheme it offers: Digest, then Basic.</source>
        <translation>Esperar al 401 y responder al esquema más fuerte que ofrezca: Digest y, si no, Basic.</translation>
    </message>
    <message>
        <source>Send &quot;Authorization: Bearer TOKEN&quot; with the first request.</source>
        <translation>Enviar &quot;Authorization: Bearer TOKEN&quot; con la primera petición.</translation>
    </message>
    <message>
        <source>%1 cannot be used together: choose one.</source>
        <translation>%1 no se pueden usar juntas: elija una.</translation>
    </message>
    <message>
        <source>-u and --oauth2-bearer cannot be used together: a request carries one Authorization field.</source>
        <translation>-u y --oauth2-bearer no se pueden usar juntas: una petición lleva un solo campo Authorization.</translation>
    </message>
    <message>
        <source>%1 needs -u USER:PASSWORD.</source>
        <translation>%1 necesita -u USER:PASSWORD.</translation>
    </message>
    <message>
        <source>-u needs USER:PASSWORD. check does not ask for a password the way curl does, since it runs in scripts: give it after a colon (-u &apos;alice:secret&apos;; for an empty one, -u &apos;alice:&apos;).</source>
        <translation>-u necesita USER:PASSWORD. check no pide la contraseña como hace curl, ya que se ejecuta en scripts: indíquela tras los dos puntos (-u &apos;alice:secret&apos;; para una vacía, -u &apos;alice:&apos;).</translation>
    </message>
    <message>
        <source>Go through this proxy for every host, loopback included: http://HOST:PORT (https goes through its CONNECT tunnel), socks5:// (names resolved here) or socks5h:// (names resolved by the proxy); &quot;&quot; for none. Default: the system&apos;s proxy settings (http_proxy, https_proxy, all_proxy, no_proxy).</source>
        <translation>Pasar por este proxy para todos los hosts, loopback incluido: http://HOST:PORT (https pasa por su túnel CONNECT), socks5:// (nombres resueltos aquí) o socks5h:// (nombres resueltos por el proxy); &quot;&quot; para ninguno. Por defecto: la configuración de proxy del sistema (http_proxy, https_proxy, all_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>The proxy&apos;s user name and password, USER:PASSWORD.</source>
        <translation>El nombre de usuario y la contraseña del proxy, USER:PASSWORD.</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy, separated by commas: names (with their subdomains), IP addresses or blocks (10.0.0.0/8); * for every host.</source>
        <translation>Hosts a los que se llega sin el proxy, separados por comas: nombres (con sus subdominios), direcciones IP o bloques (10.0.0.0/8); * para todos los hosts.</translation>
    </message>
    <message>
        <source>Trust the certificate authorities in FILE (PEM or DER, one or many) instead of the system&apos;s; repeat it for more files.</source>
        <translation>Confiar en las autoridades de certificación de FILE (PEM o DER, una o varias) en lugar de las del sistema; repítala para más archivos.</translation>
    </message>
    <message>
        <source>Trust the certificate authorities in the files of DIR instead of the system&apos;s.</source>
        <translation>Confiar en las autoridades de certificación de los archivos de DIR en lugar de las del sistema.</translation>
    </message>
    <message>
        <source>Present the client certificate in FILE, with the password after a colon if it has one (FILE:PASSWORD; a colon in the name is written \:).</source>
        <translation>Presentar el certificado de cliente de FILE, con la contraseña tras dos puntos si la tiene (FILE:PASSWORD; unos dos puntos en el nombre se escriben \:).</translation>
    </message>
    <message>
        <source>The private key of --cert, when FILE does not hold it.</source>
        <translation>La clave privada de --cert, cuando FILE no la contiene.</translation>
    </message>
    <message>
        <source>The format of --cert: PEM (default), DER or P12.</source>
        <translation>El formato de --cert: PEM (por defecto), DER o P12.</translation>
    </message>
    <message>
        <source>The passphrase of the private key or of the P12 file.</source>
        <translation>La frase de contraseña de la clave privada o del archivo P12.</translation>
    </message>
    <message>
        <source>Connect to ADDRESS for HOST:PORT, keeping the URL, the Host field and the certificate check for HOST (HOST:PORT:ADDRESS[,ADDRESS…]); repeat it for more.</source>
        <translation>Conectar con ADDRESS para HOST:PORT, manteniendo la URL, el campo Host y la comprobación del certificado para HOST (HOST:PORT:ADDRESS[,ADDRESS…]); repítala para añadir más.</translation>
    </message>
    <message>
        <source>Connect to HOST2:PORT2 for requests to HOST1:PORT1 (an empty part means any, or the request&apos;s own); repeat it for more.</source>
        <translation>Conectar con HOST2:PORT2 para las peticiones a HOST1:PORT1 (una parte vacía significa cualquiera, o la de la propia petición); repítala para añadir más.</translation>
    </message>
    <message>
        <source>Use HTTP/1.1 only: offer no HTTP/2.</source>
        <translation>Usar solo HTTP/1.1: no ofrecer HTTP/2.</translation>
    </message>
    <message>
        <source>Offer HTTP/2 (the default on https; on http, ask to upgrade to it).</source>
        <translation>Ofrecer HTTP/2 (por defecto en https; en http, pedir el cambio a HTTP/2).</translation>
    </message>
    <message>
        <source>Speak HTTP/2 from the first byte, also over plain http (h2c).</source>
        <translation>Hablar HTTP/2 desde el primer byte, también por http sin cifrar (h2c).</translation>
    </message>
    <message>
        <source>--capath can be given once; put the authorities in one folder, or add files with --cacert.</source>
        <translation>--capath solo se puede indicar una vez; ponga las autoridades en una carpeta o añada archivos con --cacert.</translation>
    </message>
    <message>
        <source>--cert-type needs PEM, DER or P12, not “%1”.</source>
        <translation>--cert-type necesita PEM, DER o P12, no “%1”.</translation>
    </message>
    <message>
        <source>--%1 goes with a .http file: give --from-http FILE with it.</source>
        <translation>--%1 va con un archivo .http: indique --from-http FILE junto con ella.</translation>
    </message>
    <message>
        <source>--dry-run shows the requests of URL arguments, --from-curl or --from-http, not of --input.</source>
        <translation>--dry-run muestra las peticiones de los argumentos URL, de --from-curl o de --from-http, no de --input.</translation>
    </message>
    <message>
        <source>--proxy-user needs USER:PASSWORD. check does not ask for a password the way curl does, since it runs in scripts: give it after a colon (--proxy-user &apos;alice:secret&apos;; for an empty one, --proxy-user &apos;alice:&apos;).</source>
        <translation>--proxy-user necesita USER:PASSWORD. check no pide una contraseña como hace curl, ya que se ejecuta en scripts: indíquela tras dos puntos (--proxy-user &apos;alice:secret&apos;; para una vacía, --proxy-user &apos;alice:&apos;).</translation>
    </message>
    <message>
        <source>Send a POST again as a POST, with its body, after a 301 (as curl does with --post301); by default it becomes a GET.</source>
        <translation>Reenviar un POST como POST, con su cuerpo, tras un 301 (como curl con --post301); por omisión pasa a ser un GET.</translation>
    </message>
    <message>
        <source>The same after a 302.</source>
        <translation>Lo mismo tras un 302.</translation>
    </message>
    <message>
        <source>The same after a 303.</source>
        <translation>Lo mismo tras un 303.</translation>
    </message>
    <message>
        <source>Use TLS 1.2 or newer (what Qt offers anyway: TLS 1.2 and 1.3).</source>
        <translation>Usar TLS 1.2 o posterior (lo que Qt ofrece de todos modos: TLS 1.2 y 1.3).</translation>
    </message>
    <message>
        <source>Use TLS 1.3 only.</source>
        <translation>Usar solo TLS 1.3.</translation>
    </message>
    <message>
        <source>Use no TLS version newer than VERSION: 1.2, 1.3 or default.</source>
        <translation>No usar ninguna versión de TLS posterior a VERSION: 1.2, 1.3 o default.</translation>
    </message>
    <message>
        <source>--tls-max needs 1.2, 1.3 or default, not “%1” (Qt 6.4 offers nothing older than TLS 1.2).</source>
        <translation>--tls-max necesita 1.2, 1.3 o default, no «%1» (Qt 6.4 no ofrece nada anterior a TLS 1.2).</translation>
    </message>
    <message>
        <source>Give up on a hop not connected (TLS handshake included) within SECONDS; with --resolve, the next address is tried.</source>
        <translation>Abandonar un salto no conectado (negociación TLS incluida) en SEGUNDOS; con --resolve se prueba la siguiente dirección.</translation>
    </message>
    <message>
        <source>-I sends HEAD, which carries no body: leave out -d or -I.</source>
        <translation>-I envía HEAD, que no lleva cuerpo: quite -d o -I.</translation>
    </message>
    <message>
        <source>-I sends HEAD and -X asks for %1: give one method.</source>
        <translation>-I envía HEAD y -X pide %1: indique un solo método.</translation>
    </message>
    <message>
        <source>-L follows redirects and --no-follow does not: give one of them.</source>
        <translation>-L sigue las redirecciones y --no-follow no: indique una de las dos.</translation>
    </message>
    <message>
        <source>Send HEAD instead of GET, as curl -I does.</source>
        <translation>Enviar HEAD en lugar de GET, como curl -I.</translation>
    </message>
    <message>
        <source>Follow redirects: the default here, taken so that curl&apos;s -L works too.</source>
        <translation>Seguir las redirecciones: aquí es lo predeterminado, aceptado para que el -L de curl también funcione.</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>The HAR file “%1” could not be written.</source>
        <translation>No se pudo escribir el archivo HAR “%1”.</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>línea %1 (%2): %3</translation>
    </message>
    <message>
        <source>The output could not be written, so no further URL is checked.</source>
        <translation>No se pudo escribir la salida, así que no se comprueba ninguna URL más.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>A redirect turned the request into a GET.</source>
        <translation>Una redirección convirtió la petición en un GET.</translation>
    </message>
    <message>
        <source>The request body, and the fields describing it, were not sent again after the method became GET.</source>
        <translation>El cuerpo de la petición y los campos que lo describen no se volvieron a enviar después de que el método pasara a ser GET.</translation>
    </message>
    <message>
        <source>Authorization, Cookie or Proxy-Authorization was held back from another origin.</source>
        <translation>Authorization, Cookie o Proxy-Authorization no se envió a otro origen.</translation>
    </message>
    <message>
        <source>A redirect from https to plain http: not followed (error), or followed because downgrades are allowed (warning).</source>
        <translation>Una redirección de https a http sin cifrar: no se siguió (error), o se siguió porque las degradaciones están permitidas (aviso).</translation>
    </message>
    <message>
        <source>A typed Host was not sent to a redirect&apos;s other origin.</source>
        <translation>Un Host escrito a mano no se envió al otro origen de una redirección.</translation>
    </message>
    <message>
        <source>A redirect status without a Location: the chain ends there.</source>
        <translation>Un estado de redirección sin Location: la cadena termina ahí.</translation>
    </message>
    <message>
        <source>A Location came with a status that clients do not follow.</source>
        <translation>Llegó una Location con un estado que los clientes no siguen.</translation>
    </message>
    <message>
        <source>The Location was read the lenient way browsers read it, which a strict reading would not accept as it is.</source>
        <translation>La Location se leyó de la forma permisiva en que la leen los navegadores; una lectura estricta no la aceptaría tal cual.</translation>
    </message>
    <message>
        <source>The Location carried a user name and password; they were not sent on.</source>
        <translation>La Location llevaba un nombre de usuario y una contraseña; no se reenviaron.</translation>
    </message>
    <message>
        <source>The Location is not a URL that can be followed; the chain stops.</source>
        <translation>La Location no es una URL que se pueda seguir; la cadena se detiene.</translation>
    </message>
    <message>
        <source>A redirect to a scheme other than http or https; the chain stops.</source>
        <translation>Una redirección a un esquema que no es http ni https; la cadena se detiene.</translation>
    </message>
    <message>
        <source>A redirect would send a request already sent in this chain; the chain stops.</source>
        <translation>Una redirección enviaría una petición ya enviada en esta cadena; la cadena se detiene.</translation>
    </message>
    <message>
        <source>The redirect limit was reached; the chain stops.</source>
        <translation>Se alcanzó el límite de redirecciones; la cadena se detiene.</translation>
    </message>
    <message>
        <source>A status code the catalogue does not know; it means what the x00 of its class means.</source>
        <translation>Un código de estado que el catálogo no conoce; significa lo mismo que el x00 de su clase.</translation>
    </message>
    <message>
        <source>A status code outside 100–599.</source>
        <translation>Un código de estado fuera de 100–599.</translation>
    </message>
    <message>
        <source>A status code defined only by vendors or by custom.</source>
        <translation>Un código de estado definido solo por fabricantes o por costumbre.</translation>
    </message>
    <message>
        <source>305 Use Proxy, which clients ignore, or 306, which is unused.</source>
        <translation>305 Use Proxy, que los clientes ignoran, o 306, que no se usa.</translation>
    </message>
    <message>
        <source>A 1xx was taken as the final response; with Qt 6.4 the real one is lost.</source>
        <translation>Un 1xx se tomó como respuesta final; con Qt 6.4 la verdadera se pierde.</translation>
    </message>
    <message>
        <source>The reason phrase is not the usual one for the code.</source>
        <translation>La frase de motivo no es la habitual para el código.</translation>
    </message>
    <message>
        <source>A 401 without WWW-Authenticate.</source>
        <translation>Un 401 sin WWW-Authenticate.</translation>
    </message>
    <message>
        <source>A 407 without Proxy-Authenticate.</source>
        <translation>Un 407 sin Proxy-Authenticate.</translation>
    </message>
    <message>
        <source>A 405 without Allow.</source>
        <translation>Un 405 sin Allow.</translation>
    </message>
    <message>
        <source>A 206 or 416 without Content-Range.</source>
        <translation>Un 206 o 416 sin Content-Range.</translation>
    </message>
    <message>
        <source>A 101 or 426 without Upgrade.</source>
        <translation>Un 101 o 426 sin Upgrade.</translation>
    </message>
    <message>
        <source>How long Retry-After asks the client to wait (a warning when the value cannot be read).</source>
        <translation>Cuánto tiempo pide Retry-After al cliente que espere (un aviso si el valor no se puede leer).</translation>
    </message>
    <message>
        <source>A certificate that is not valid was accepted because errors were to be ignored.</source>
        <translation>Se aceptó un certificado no válido porque se pidió ignorar los errores.</translation>
    </message>
    <message>
        <source>Qt sent the request more than once by itself before an answer came.</source>
        <translation>Qt envió la petición más de una vez por sí mismo antes de que llegara una respuesta.</translation>
    </message>
    <message>
        <source>Expect: 100-continue was sent, but Qt 6.4 sends the body without waiting for 100 Continue.</source>
        <translation>Se envió Expect: 100-continue, pero Qt 6.4 envía el cuerpo sin esperar al 100 Continue.</translation>
    </message>
    <message>
        <source>A Set-Cookie was refused; the cookie is not sent on later hops.</source>
        <translation>Se rechazó un Set-Cookie; la cookie no se envía en los saltos siguientes.</translation>
    </message>
    <message>
        <source>The status line arrived, but Qt 6.4 could not read the header section.</source>
        <translation>La línea de estado llegó, pero Qt 6.4 no pudo leer la sección de cabeceras.</translation>
    </message>
    <message>
        <source>The body is incomplete: it reached the body limit, or the server closed the connection.</source>
        <translation>El cuerpo está incompleto: alcanzó el límite de cuerpo o el servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>Content-Length together with Transfer-Encoding, or a Content-Length that is not one number: where the body ends is in doubt.</source>
        <translation>Content-Length junto con Transfer-Encoding, o un Content-Length que no es un único número: no está claro dónde termina el cuerpo.</translation>
    </message>
    <message>
        <source>StatusScope undid the body&apos;s gzip or deflate coding.</source>
        <translation>StatusScope deshizo la codificación gzip o deflate del cuerpo.</translation>
    </message>
    <message>
        <source>The body&apos;s content coding could not be undone; only the part decoded is shown.</source>
        <translation>No se pudo deshacer la codificación de contenido del cuerpo; solo se muestra la parte descodificada.</translation>
    </message>
    <message>
        <source>The body is shown still coded: a coding StatusScope does not undo, or Accept-Encoding was typed.</source>
        <translation>El cuerpo se muestra aún codificado: una codificación que StatusScope no deshace, o Accept-Encoding se escribió a mano.</translation>
    </message>
    <message>
        <source>Credentials answered a 401 of this chain: the request sent again, or a later hop to the same origin; the sentence says which scheme and user.</source>
        <translation>Unas credenciales respondieron a un 401 de esta cadena: la petición enviada de nuevo, o un salto posterior al mismo origen; la frase indica el esquema y el usuario.</translation>
    </message>
    <message>
        <source>Credentials were sent and the server answered 401 again; they are not tried a second time.</source>
        <translation>Se enviaron credenciales y el servidor respondió de nuevo con 401; no se prueban una segunda vez.</translation>
    </message>
    <message>
        <source>The 401 asks for authentication the credentials given cannot answer (another scheme, Digest with auth-int only, or an unknown algorithm).</source>
        <translation>El 401 pide una autenticación a la que las credenciales indicadas no pueden responder (otro esquema, Digest solo con auth-int, o un algoritmo desconocido).</translation>
    </message>
    <message>
        <source>Basic or Bearer credentials went over plain http, readable by anyone on the way (information only when the server is on this machine).</source>
        <translation>Credenciales Basic o Bearer viajaron por http sin cifrar, legibles por cualquiera en el camino (solo informativo cuando el servidor está en esta máquina).</translation>
    </message>
    <message>
        <source>The proxy asked for credentials (407) and none were given with --proxy-user, or it refused those given.</source>
        <translation>El proxy pidió credenciales (407) y no se indicó ninguna con --proxy-user, o rechazó las indicadas.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate and none was given (seen where the server says so in its answer, as nginx does: Qt 6.4 does not tell).</source>
        <translation>El servidor pidió un certificado de cliente y no se indicó ninguno (se detecta cuando el servidor lo dice en su respuesta, como hace nginx: Qt 6.4 no lo informa).</translation>
    </message>
    <message>
        <source>A pinned hop used HTTP/1.1 (Qt 6.4 puts the address, not the host, in HTTP/2&apos;s :authority), or sent the address there under prior knowledge.</source>
        <translation>Un salto a una dirección fijada usó HTTP/1.1 (Qt 6.4 pone la dirección, no el host, en el :authority de HTTP/2), o envió ahí la dirección con conocimiento previo.</translation>
    </message>
    <message>
        <source>A --resolve pin matched the host, but the proxy looks the name up itself (an HTTP proxy or socks5h), so the pin was not used, as with curl.</source>
        <translation>Una fijación --resolve coincidía con el host, pero el proxy resuelve el nombre por sí mismo (un proxy HTTP o socks5h), así que no se usó, como en curl.</translation>
    </message>
    <message>
        <source>Connecting to one of the addresses --resolve gives for a host failed; the next one was tried, as curl does.</source>
        <translation>Falló la conexión a una de las direcciones que --resolve indica para un host; se probó la siguiente, como hace curl.</translation>
    </message>
    <message>
        <source>The proxy was reached at the address a --resolve pin gives for the proxy&apos;s own host name, as curl does.</source>
        <translation>Se llegó al proxy en la dirección que una fijación --resolve indica para el nombre de host del propio proxy, como hace curl.</translation>
    </message>
    <message>
        <source>A POST was sent again with its body after a 301, 302 or 303, as --post301, --post302 or --post303 asked.</source>
        <translation>Un POST se reenvió con su cuerpo tras un 301, 302 o 303, como pedían --post301, --post302 o --post303.</translation>
    </message>
    <message>
        <source>A HAR entry the browser answered itself, such as Chrome&apos;s 307 for an HSTS upgrade: the server never saw that request.</source>
        <translation>Una entrada HAR que el navegador respondió por sí mismo, como el 307 de Chrome para un paso a HSTS: el servidor nunca vio esa petición.</translation>
    </message>
    <message>
        <source>A HAR entry the browser&apos;s cache answered: the server was not asked that time (a cached permanent redirect hides a change on the server).</source>
        <translation>Una entrada HAR que respondió la caché del navegador: esa vez no se preguntó al servidor (una redirección permanente en caché oculta un cambio en el servidor).</translation>
    </message>
    <message>
        <source>A HAR entry the page&apos;s service worker answered: what the server sent, if it was asked, may differ.</source>
        <translation>Una entrada HAR que respondió el service worker de la página: lo que envió el servidor, si se le preguntó, puede ser distinto.</translation>
    </message>
    <message>
        <source>The path went out without its &quot;.&quot; and &quot;..&quot; segments, which Qt 6.4 removes before sending; the hop shows the path as sent.</source>
        <translation>La ruta salió sin sus segmentos «.» y «..», que Qt 6.4 quita antes de enviar; el salto muestra la ruta tal como se envió.</translation>
    </message>
</context>
<context>
    <name>ChecksCommand</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVEDAD</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>ESPECIFICACIÓN</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>statusscope checks: unexpected argument &quot;%1&quot;; the command lists every check and takes only --json.</source>
        <translation>statusscope checks: argumento inesperado “%1”; el comando lista todas las comprobaciones y solo admite --json.</translation>
    </message>
</context>
<context>
    <name>CodeConstants</name>
    <message>
        <source>is not a known field</source>
        <translation>no es un campo conocido</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena de texto no vacía</translation>
    </message>
    <message>
        <source>must be a name, a non-empty list of names with the current one first, or {&quot;name&quot;: …, &quot;meaning&quot;: …}</source>
        <translation>debe ser un nombre, una lista no vacía de nombres con el actual en primer lugar, o {&quot;name&quot;: …, &quot;meaning&quot;: …}</translation>
    </message>
    <message>
        <source>must be a name, or a non-empty list of names with the current one first</source>
        <translation>debe ser un nombre, o una lista no vacía de nombres con el actual en primer lugar</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is larger than 4 MiB, which no table of constants needs; is it the right file?</source>
        <translation>ocupa más de 4 MiB, algo que ninguna tabla de constantes necesita; ¿es el archivo correcto?</translation>
    </message>
    <message>
        <source>must be %1, the format version this build reads</source>
        <translation>debe ser %1, la versión de formato que lee esta compilación</translation>
    </message>
    <message>
        <source>must be a non-empty array of tables</source>
        <translation>debe ser un array no vacío de tablas</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>is the id of an earlier table too</source>
        <translation>es también el id de una tabla anterior</translation>
    </message>
    <message>
        <source>must be an https URL of the source file or reference page</source>
        <translation>debe ser una URL https del archivo fuente o de la página de referencia</translation>
    </message>
    <message>
        <source>must be &quot;constant&quot; (the default) or &quot;reason&quot;</source>
        <translation>debe ser &quot;constant&quot; (por defecto) o &quot;reason&quot;</translation>
    </message>
    <message>
        <source>must contain %1 where the code goes</source>
        <translation>debe contener %1 donde va el código</translation>
    </message>
    <message>
        <source>is only for a table of reason phrases (&quot;kind&quot;: &quot;reason&quot;)</source>
        <translation>solo es para una tabla de frases de motivo (&quot;kind&quot;: &quot;reason&quot;)</translation>
    </message>
    <message>
        <source>must be a non-empty object from code to name</source>
        <translation>debe ser un objeto no vacío de código a nombre</translation>
    </message>
    <message>
        <source>is not a three-digit status code</source>
        <translation>no es un código de estado de tres cifras</translation>
    </message>
    <message>
        <source>must be one reason phrase</source>
        <translation>debe ser una sola frase de motivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name as code writes it</source>
        <translation>“%1” no es un nombre tal como lo escribe el código</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given to another code of this table too</source>
        <translation>“%1” se asigna también a otro código de esta tabla</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue; add its entry first</source>
        <translation>%1 no está en el catálogo; añada primero su entrada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the reason of any entry of %2, whose meanings are %3; name the meaning by its entry&apos;s reason, exactly</source>
        <translation>“%1” no es el motivo de ninguna entrada de %2, cuyos significados son %3; nombre el significado exactamente por el motivo de su entrada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the reason of %2 entries of %3, so it does not say which one the names belong to</source>
        <translation>“%1” es el motivo de %2 entradas de %3, así que no indica a cuál pertenecen los nombres</translation>
    </message>
    <message>
        <source>gives %1 &quot;%2&quot; a second set of names; list them together, the current one first</source>
        <translation>da a %1 “%2” un segundo conjunto de nombres; enumérelos juntos, con el actual en primer lugar</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Explain every catalogue meaning of a status code.</source>
        <translation>Explicar todos los significados de un código de estado en el catálogo.</translation>
    </message>
    <message>
        <source>List the catalogue, optionally filtered.</source>
        <translation>Listar el catálogo, opcionalmente filtrado.</translation>
    </message>
    <message>
        <source>Usage: statusscope [COMMAND] [OPTIONS]

StatusScope explains HTTP status codes. Without a command it opens the window.

Commands:
</source>
        <translation>Uso: statusscope [COMMAND] [OPTIONS]

StatusScope explica los códigos de estado HTTP. Sin un comando abre la ventana.

Comandos:
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Read the catalogue from FILE instead of the built-in one.</source>
        <translation>Leer el catálogo de FILE en lugar del integrado.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Send a request, follow its redirects hop by hop and explain each response.</source>
        <translation>Enviar una petición, seguir sus redirecciones salto a salto y explicar cada respuesta.</translation>
    </message>
    <message>
        <source>Run the teaching server on 127.0.0.1: /status/CODE, /redirect/N, /echo…</source>
        <translation>Iniciar el servidor de prácticas en 127.0.0.1: /status/CODE, /redirect/N, /echo…</translation>
    </message>
    <message>
        <source>statusscope: --catalogue FILE needs a command after it, such as &quot;statusscope --catalogue FILE codes&quot;.</source>
        <translation>statusscope: --catalogue ARCHIVO necesita un comando detrás, por ejemplo «statusscope --catalogue ARCHIVO codes».</translation>
    </message>
    <message>
        <source>statusscope: &quot;%1&quot; is not an option.</source>
        <translation>statusscope: “%1” no es una opción.</translation>
    </message>
    <message>
        <source>statusscope: &quot;%1&quot; is not a command.</source>
        <translation>statusscope: “%1” no es un comando.</translation>
    </message>
    <message>
        <source>Usage: statusscope [COMMAND] [OPTIONS]; try &quot;statusscope --help&quot;.</source>
        <translation>Uso: statusscope [COMMAND] [OPTIONS]; pruebe “statusscope --help”.</translation>
    </message>
    <message>
        <source>List every check a hop can carry: its warning id, severity and section.</source>
        <translation>Listar todas las comprobaciones que puede llevar un salto: su id de aviso, su gravedad y su sección.</translation>
    </message>
    <message>
        <source>Explain every chain of a HAR file as check explains live ones.</source>
        <translation>Explicar cada cadena de un archivo HAR como check explica las cadenas en vivo.</translation>
    </message>
    <message>
        <source>Check a redirect map, a URL list or a sitemap: every chain, what was expected.</source>
        <translation>Comprobar un mapa de redirecciones, una lista de URL o un sitemap: cada cadena, lo que se esperaba.</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help      Show this help, or a command&apos;s help after the command name.
  -v, --version   Show the version.

Exit status: 0 success; 1 code not catalogued, or chain stopped or failed; 2 usage error;
3 catalogue unreadable, output not written, or no window; 4 or 5 with check --fail when the
final status is 4xx or 5xx; audit: 1 when a source did not match, 130 when interrupted
(Ctrl+C).
</source>
        <translation>
Opciones:
  -h, --help      Mostrar esta ayuda, o la ayuda de un comando tras el nombre del comando.
  -v, --version   Mostrar la versión.

Estado de salida: 0 éxito; 1 código no catalogado, o cadena detenida o fallida; 2 error de uso;
3 catálogo ilegible, salida no escrita o sin ventana; 4 o 5 con check --fail cuando el estado
final es 4xx o 5xx; audit: 1 cuando un origen no coincidió, 130 cuando se interrumpe (Ctrl+C).
</translation>
    </message>
    <message>
        <source>statusscope: standard output could not be written (%1); what was printed is incomplete.</source>
        <translation>statusscope: no se pudo escribir la salida estándar (%1); lo que se mostró está incompleto.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>“%1” is not a status code.</source>
        <translation>“%1” no es un código de estado.</translation>
    </message>
    <message>
        <source>Compare %1 to %2 different codes.</source>
        <translation>Compare de %1 a %2 códigos distintos.</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation>%1 no está en el catálogo.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <source>Not a redirect.</source>
        <translation>No es una redirección.</translation>
    </message>
    <message>
        <source>Cacheable by default</source>
        <translation>Almacenable en caché por defecto</translation>
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
        <source>Headers that go with it</source>
        <translation>Cabeceras que lo acompañan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Defined by</source>
        <translation>Definido en</translation>
    </message>
    <message>
        <source>Typical use</source>
        <translation>Uso típico</translation>
    </message>
    <message>
        <source>Common misuse</source>
        <translation>Uso indebido habitual</translation>
    </message>
</context>
<context>
    <name>CookieFile</name>
    <message>
        <source>expected 7 fields separated by tabs (domain, subdomains, path, secure, expiry, name, value), found %1</source>
        <translation>se esperaban 7 campos separados por tabuladores (dominio, subdominios, ruta, seguro, caducidad, nombre, valor); hay %1</translation>
    </message>
    <message>
        <source>the domain is empty</source>
        <translation>el dominio está vacío</translation>
    </message>
    <message>
        <source>the second field must be TRUE or FALSE (include subdomains), not %1</source>
        <translation>el segundo campo debe ser TRUE o FALSE (incluir subdominios), no %1</translation>
    </message>
    <message>
        <source>the path must start with /, not %1</source>
        <translation>la ruta debe empezar por /, no %1</translation>
    </message>
    <message>
        <source>the fourth field must be TRUE or FALSE (secure), not %1</source>
        <translation>el cuarto campo debe ser TRUE o FALSE (seguro), no %1</translation>
    </message>
    <message>
        <source>the expiry must be seconds since 1970 (0 for a session cookie), not %1</source>
        <translation>la caducidad debe darse en segundos desde 1970 (0 para una cookie de sesión), no %1</translation>
    </message>
    <message>
        <source>the cookie has no name</source>
        <translation>la cookie no tiene nombre</translation>
    </message>
    <message>
        <source>cannot read the cookie file %1: %2</source>
        <translation>no se puede leer el archivo de cookies %1: %2</translation>
    </message>
    <message>
        <source>the cookie file %1 is larger than 16 MiB</source>
        <translation>el archivo de cookies %1 ocupa más de 16 MiB</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>cannot write the cookie file %1: %2</source>
        <translation>no se puede escribir el archivo de cookies %1: %2</translation>
    </message>
</context>
<context>
    <name>CookieFlags</name>
    <message>
        <source>Cookies to send: &quot;name=value; n2=v2&quot;, or a cookie file (Netscape format, as curl writes) when there is no &apos;=&apos;; repeat it for more.</source>
        <translation>Cookies que enviar: &quot;name=value; n2=v2&quot;, o un archivo de cookies (formato Netscape, como lo escribe curl) cuando no hay &apos;=&apos;; repítala para añadir más.</translation>
    </message>
    <message>
        <source>Write the cookies to FILE after the chains (Netscape format, readable by you only).</source>
        <translation>Escribir las cookies en FILE después de las cadenas (formato Netscape, legible solo por usted).</translation>
    </message>
    <message>
        <source>-b needs &quot;name=value&quot; pairs or a cookie file name.</source>
        <translation>-b necesita pares &quot;name=value&quot; o un nombre de archivo de cookies.</translation>
    </message>
    <message>
        <source>-b %1: there is no such cookie file (cookies to send as typed need &apos;=&apos;, as in -b &quot;name=value&quot;).</source>
        <translation>-b %1: no existe ese archivo de cookies (las cookies que se envían tal como se escriben necesitan &apos;=&apos;, como en -b &quot;name=value&quot;).</translation>
    </message>
    <message>
        <source>-b: the cookie file has lines that are not cookies, so nothing was sent:
%1</source>
        <translation>-b: el archivo de cookies tiene líneas que no son cookies, así que no se envió nada:
%1</translation>
    </message>
    <message>
        <source>-c: cannot write the cookie file %1: %2</source>
        <translation>-c: no se puede escribir el archivo de cookies %1: %2</translation>
    </message>
    <message>
        <source>-c: the cookie file %1 was written without %2: a tab or line break in a cookie does not fit the format.</source>
        <translation>-c: el archivo de cookies %1 se escribió sin %2: un tabulador o un salto de línea en una cookie no cabe en el formato.</translation>
    </message>
</context>
<context>
    <name>CookieRules</name>
    <message>
        <source>a %1 cookie must carry the Secure attribute</source>
        <translation>una cookie %1 debe llevar el atributo Secure</translation>
    </message>
    <message>
        <source>a %1 cookie is only accepted over https, and this came over plain http</source>
        <translation>una cookie %1 solo se acepta por https, y esta llegó por http sin cifrar</translation>
    </message>
    <message>
        <source>a __Host- cookie may not carry a Domain attribute (it has Domain=%1)</source>
        <translation>una cookie __Host- no puede llevar el atributo Domain (tiene Domain=%1)</translation>
    </message>
    <message>
        <source>a __Host- cookie needs Path=/, and it has no Path</source>
        <translation>una cookie __Host- necesita Path=/, y no tiene Path</translation>
    </message>
    <message>
        <source>a __Host- cookie needs Path=/, and it has Path=%1</source>
        <translation>una cookie __Host- necesita Path=/, y tiene Path=%1</translation>
    </message>
    <message>
        <source>it is marked Secure but came over plain http</source>
        <translation>está marcada como Secure pero llegó por http sin cifrar</translation>
    </message>
    <message>
        <source>its Domain (%1) does not cover %2</source>
        <translation>su Domain (%1) no abarca %2</translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <source>This is not a curl command: it should start with “curl”.</source>
        <translation>Esto no es un comando curl: debería empezar por “curl”.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>-H %1: not a “Name: value” header</source>
        <translation>-H %1: no es una cabecera “Nombre: valor”</translation>
    </message>
    <message>
        <source>--max-redirs needs a number, not “%1”.</source>
        <translation>--max-redirs necesita un número, no “%1”.</translation>
    </message>
    <message>
        <source>%1 %2: not used by StatusScope</source>
        <translation>%1 %2: StatusScope no lo usa</translation>
    </message>
    <message>
        <source>%1: only changes curl&apos;s own output</source>
        <translation>%1: solo cambia la salida del propio curl</translation>
    </message>
    <message>
        <source>%1: not understood</source>
        <translation>%1: no se entiende</translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation>El comando curl no tiene URL.</translation>
    </message>
    <message>
        <source>The URL in the curl command is not valid: %1</source>
        <translation>La URL del comando curl no es válida: %1</translation>
    </message>
    <message>
        <source>--cert-type needs PEM, DER or P12, not “%1”.</source>
        <translation>--cert-type necesita PEM, DER o P12, no “%1”.</translation>
    </message>
    <message>
        <source>-b with nothing after it: no cookie or cookie file to read</source>
        <translation>-b sin nada detrás: no hay cookie ni archivo de cookies que leer</translation>
    </message>
    <message>
        <source>-b %1: there is no such cookie file, so none of its cookies is sent (cookies typed in place need &apos;=&apos;, as in -b &quot;name=value&quot;)</source>
        <translation>-b %1: no existe ese archivo de cookies, así que no se envía ninguna de sus cookies (las cookies escritas directamente necesitan un &apos;=&apos;, como en -b &quot;name=value&quot;)</translation>
    </message>
    <message>
        <source>-b %1: the file has lines that are not cookies, so none of its cookies is sent (%2)</source>
        <translation>-b %1: el archivo tiene líneas que no son cookies, así que no se envía ninguna de sus cookies (%2)</translation>
    </message>
    <message>
        <source>%1 %2: the window writes no cookie jar; the cookies each response sets are shown on its hop, and statusscope check %1 %2 writes the file</source>
        <translation>%1 %2: la ventana no escribe ningún archivo de cookies; las cookies que fija cada respuesta se muestran en su salto, y statusscope check %1 %2 escribe el archivo</translation>
    </message>
    <message>
        <source>%1 %2: not understood</source>
        <translation>%1 %2: no reconocido</translation>
    </message>
    <message>
        <source>%1: not used by StatusScope</source>
        <translation>%1: StatusScope no lo usa</translation>
    </message>
    <message>
        <source>Request %1 of the pasted text: %2</source>
        <translation>Petición %1 del texto pegado: %2</translation>
    </message>
    <message>
        <source>a “%1” command: not a curl command, skipped</source>
        <translation>un comando “%1”: no es un comando curl, se omite</translation>
    </message>
    <message>
        <source>file too large: %1: the files of one command may hold %2 MiB together</source>
        <translation>archivo demasiado grande: %1: los archivos de un comando pueden ocupar %2 MiB en total</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>archivo no encontrado: %1</translation>
    </message>
    <message>
        <source>file not readable: %1: %2</source>
        <translation>archivo no legible: %1: %2</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>%1: the body comes from standard input; the method is PUT as in curl</source>
        <translation>%1: el cuerpo viene de la entrada estándar; el método es PUT, como en curl</translation>
    </message>
    <message>
        <source>%1: curl sends either a form (-F) or data (-d), not both.</source>
        <translation>%1: curl envía o un formulario (-F) o datos (-d), no ambos.</translation>
    </message>
    <message>
        <source>%1: the value comes from standard input; paste it instead</source>
        <translation>%1: el valor viene de la entrada estándar; péguelo en su lugar</translation>
    </message>
    <message>
        <source>%1: the body comes from standard input; paste the body instead</source>
        <translation>%1: el cuerpo viene de la entrada estándar; pegue el cuerpo en su lugar</translation>
    </message>
    <message>
        <source>%1: a form part is written NAME=VALUE</source>
        <translation>%1: una parte de formulario se escribe NAME=VALUE</translation>
    </message>
    <message>
        <source>%1: the part&apos;s encoder= is not applied</source>
        <translation>%1: el encoder= de la parte no se aplica</translation>
    </message>
    <message>
        <source>%1: “%2” is not a form part field curl knows</source>
        <translation>%1: “%2” no es un campo de parte de formulario que curl conozca</translation>
    </message>
    <message>
        <source>%1: the part comes from standard input; it is left out</source>
        <translation>%1: la parte viene de la entrada estándar; se omite</translation>
    </message>
    <message>
        <source>%1: no URL is left for this upload</source>
        <translation>%1: no queda ninguna URL para esta subida</translation>
    </message>
    <message>
        <source>-H %1: curl sends no %2 header; StatusScope still sends its own</source>
        <translation>-H %1: curl no envía ninguna cabecera %2; StatusScope sigue enviando la suya</translation>
    </message>
    <message>
        <source>--compressed: Accept-Encoding is typed, so the body is shown as received, not decoded</source>
        <translation>--compressed: Accept-Encoding está escrito a mano, así que el cuerpo se muestra tal como se recibió, sin descodificar</translation>
    </message>
    <message>
        <source>the URL holds %1: curl refuses it without -g; it is sent as written</source>
        <translation>la URL contiene %1: curl la rechaza sin -g; se envía tal como está escrita</translation>
    </message>
    <message>
        <source>1 more request was pasted: only the first was opened</source>
        <translation>Se pegó 1 petición más: solo se abrió la primera</translation>
    </message>
    <message>
        <source>%1 more requests were pasted: only the first was opened</source>
        <translation>Se pegaron %1 peticiones más: solo se abrió la primera</translation>
    </message>
    <message>
        <source>a “{” that is not closed</source>
        <translation>una “{” que no se cierra</translation>
    </message>
    <message>
        <source>a “[” that is not closed</source>
        <translation>un “[” que no se cierra</translation>
    </message>
    <message>
        <source>“[%1]”, which is not a range</source>
        <translation>“[%1]”, que no es un rango</translation>
    </message>
    <message>
        <source>The URL&apos;s patterns give more than %1 URLs.</source>
        <translation>Los patrones de la URL dan más de %1 URL.</translation>
    </message>
    <message>
        <source>%1 %2: no password after a colon. curl would ask for it, StatusScope does not, so no proxy user is set: give USER:PASSWORD (USER: for an empty password).</source>
        <translation>%1 %2: no hay contraseña tras los dos puntos. curl la pediría, StatusScope no, así que no se establece ningún usuario del proxy: indique USER:PASSWORD (USER: para una contraseña vacía).</translation>
    </message>
    <message>
        <source>%1: followed as -L; credentials are still not sent to another host</source>
        <translation>%1: se sigue como -L; las credenciales siguen sin enviarse a otro host</translation>
    </message>
    <message>
        <source>%1 %2: curl finds the offset in its output file; give a number</source>
        <translation>%1 %2: curl toma el desplazamiento de su archivo de salida; indique un número</translation>
    </message>
    <message>
        <source>%1 %2: neither a date curl reads nor a file</source>
        <translation>%1 %2: ni una fecha que curl lea ni un archivo</translation>
    </message>
    <message>
        <source>This is PowerShell&apos;s Invoke-WebRequest (Windows PowerShell calls it “curl” too), not a curl command: copy the request as cURL (bash or cmd), or run curl.exe.</source>
        <translation>Esto es Invoke-WebRequest de PowerShell (Windows PowerShell también lo llama «curl»), no un comando curl: copie la petición como cURL (bash o cmd), o ejecute curl.exe.</translation>
    </message>
    <message>
        <source>This is JavaScript&apos;s fetch() (the browser&apos;s Copy as fetch), not a curl command: copy the request as cURL instead.</source>
        <translation>Esto es fetch() de JavaScript («Copiar como fetch» del navegador), no un comando curl: copie la petición como cURL en su lugar.</translation>
    </message>
    <message>
        <source>-X %1 with %2: curl sends %1 again after every redirect; here a redirect with status %3 turns it into a GET, as curl --follow does</source>
        <translation>-X %1 con %2: curl reenvía %1 tras cada redirección; aquí una redirección con estado %3 lo convierte en GET, como hace curl --follow</translation>
    </message>
    <message>
        <source>%1: TLS 1.0 and 1.1 are not offered (Qt 6.4 speaks TLS 1.2 and 1.3), so a server that knows nothing newer cannot be reached</source>
        <translation>%1: TLS 1.0 y 1.1 no se ofrecen (Qt 6.4 habla TLS 1.2 y 1.3), así que un servidor que no conozca nada más reciente no se puede alcanzar</translation>
    </message>
    <message>
        <source>--tls-max needs 1.0, 1.1, 1.2, 1.3 or default, not “%1”.</source>
        <translation>--tls-max necesita 1.0, 1.1, 1.2, 1.3 o default, no «%1».</translation>
    </message>
    <message>
        <source>%1 %2: Qt 6.4 offers nothing older than TLS 1.2, so TLS 1.2 is the most offered here</source>
        <translation>%1 %2: Qt 6.4 no ofrece nada anterior a TLS 1.2, así que aquí se ofrece como máximo TLS 1.2</translation>
    </message>
    <message>
        <source>%1 %2: not a number of seconds from 0 to 86400; no limit set</source>
        <translation>%1 %2: no es un número de segundos de 0 a 86400; no se fija límite</translation>
    </message>
    <message>
        <source>--variable %1: a variable&apos;s name is letters, digits and _ (at most 128).</source>
        <translation>--variable %1: el nombre de una variable consta de letras, dígitos y _ (128 como máximo).</translation>
    </message>
    <message>
        <source>--variable %1: the environment variable %2 is not set, and no default follows a &apos;=&apos;.</source>
        <translation>--variable %1: la variable de entorno %2 no está definida y no sigue ningún valor por omisión tras un «=».</translation>
    </message>
    <message>
        <source>--variable %1: standard input is not read here; the variable is empty</source>
        <translation>--variable %1: aquí no se lee la entrada estándar; la variable queda vacía</translation>
    </message>
    <message>
        <source>%1: the variable %2 is not set; it is left empty, as curl does</source>
        <translation>%1: la variable %2 no está definida; queda vacía, como en curl</translation>
    </message>
    <message>
        <source>%1: {{%2}}: curl has no function “%3”; the value is used without it</source>
        <translation>%1: {{%2}}: curl no tiene la función «%3»; el valor se usa sin ella</translation>
    </message>
    <message>
        <source>typographic quotes (“ ” ‘ ’) were read as straight quotes: a chat or a word processor had changed them</source>
        <translation>las comillas tipográficas (“ ” ‘ ’) se leyeron como comillas rectas: un chat o un procesador de textos las había cambiado</translation>
    </message>
    <message>
        <source>no-break or other Unicode spaces between words were read as spaces</source>
        <translation>los espacios de no separación u otros espacios Unicode entre palabras se leyeron como espacios</translation>
    </message>
    <message>
        <source>invisible zero-width characters outside quotes were removed</source>
        <translation>se quitaron los caracteres invisibles de ancho cero fuera de las comillas</translation>
    </message>
    <message>
        <source>a backslash followed by spaces at a line&apos;s end was read as a line continuation (a shell would end the command there)</source>
        <translation>una barra invertida seguida de espacios al final de una línea se leyó como continuación de línea (un shell terminaría ahí la orden)</translation>
    </message>
    <message>
        <source>standard input is what “%1” writes before the pipe</source>
        <translation>la entrada estándar es lo que «%1» escribe antes de la tubería</translation>
    </message>
    <message>
        <source>%1: the shell&apos;s redirection of curl&apos;s output; the response is shown here instead</source>
        <translation>%1: la redirección de la salida de curl por el shell; la respuesta se muestra aquí en su lugar</translation>
    </message>
    <message>
        <source>“%1” was read as “%2”: a chat or a word processor had made its hyphens into a dash</source>
        <translation>«%1» se leyó como «%2»: un chat o un procesador de textos había convertido sus guiones en una raya</translation>
    </message>
    <message>
        <source>This is a wget command, not a curl command: write it with curl (for example “curl -L URL”), or paste the URL alone.</source>
        <translation>Esta es una orden de wget, no de curl: escríbala con curl (por ejemplo «curl -L URL») o pegue solo la URL.</translation>
    </message>
    <message>
        <source>This is an HTTPie command (%1), not a curl command: write it with curl, or paste the URL alone.</source>
        <translation>Esta es una orden de HTTPie (%1), no de curl: escríbala con curl o pegue solo la URL.</translation>
    </message>
    <message>
        <source>%1: shell variables, sent as written: a shell would have put their values there; replace them before sending</source>
        <translation>%1: variables del shell, enviadas tal como están escritas: un shell habría puesto ahí sus valores; sustitúyalas antes de enviar</translation>
    </message>
    <message>
        <source>$(…) or `…`: a shell would have run that command and put its output there; it is sent as written</source>
        <translation>$(…) o `…`: un shell habría ejecutado esa orden y puesto ahí su salida; se envía tal como está escrito</translation>
    </message>
    <message>
        <source>-u %1: no password after a colon. curl would ask for it; here the password is empty: give USER:PASSWORD, or type it in the Options tab.</source>
        <translation>-u %1: no hay contraseña tras dos puntos. curl la pediría; aquí la contraseña está vacía: indique USUARIO:CONTRASEÑA o escríbala en la pestaña Opciones.</translation>
    </message>
    <message>
        <source>-H %1: the no-break or zero-width spaces around its name or value were removed (a chat or a web page adds them; HTTP has no use for them)</source>
        <translation>-H %1: se quitaron los espacios de no separación o de ancho cero alrededor de su nombre o valor (un chat o una página web los añade; HTTP no los usa)</translation>
    </message>
    <message>
        <source>%1: Qt connects over IPv4 or IPv6, whichever answers first</source>
        <translation>%1: Qt se conecta por IPv4 o IPv6, lo que responda primero</translation>
    </message>
    <message>
        <source>%1: the requests are not signed (AWS Signature Version 4), so AWS answers them with 403</source>
        <translation>%1: las peticiones no se firman (AWS Signature Version 4), así que AWS responde con 403</translation>
    </message>
    <message>
        <source>%1: NTLM, Negotiate and Kerberos are not answered (Basic, Digest and Bearer are), so the server&apos;s 401 stays</source>
        <translation>%1: NTLM, Negotiate y Kerberos no se responden (Basic, Digest y Bearer sí), así que el 401 del servidor se mantiene</translation>
    </message>
    <message>
        <source>%1: the request target is the URL&apos;s path and query; Qt 6.4 sends no other</source>
        <translation>%1: el destino de la petición es la ruta y la consulta de la URL; Qt 6.4 no envía otro</translation>
    </message>
    <message>
        <source>%1: Qt 6.4 removes “.” and “..” segments from the path before sending, and the hop says so</source>
        <translation>%1: Qt 6.4 quita los segmentos «.» y «..» de la ruta antes de enviar, y el salto lo dice</translation>
    </message>
    <message>
        <source>%1: only http and https are used anyway</source>
        <translation>%1: de todos modos solo se usan http y https</translation>
    </message>
    <message>
        <source>%1: redirects are followed to http and https, and from https to http only when downgrades are allowed</source>
        <translation>%1: se siguen las redirecciones a http y https, y de https a http solo si se permiten las degradaciones</translation>
    </message>
    <message>
        <source>%1: each request is sent once, never retried</source>
        <translation>%1: cada petición se envía una vez, nunca se reintenta</translation>
    </message>
    <message>
        <source>%1: names are looked up by this system&apos;s resolver (--resolve pins an address)</source>
        <translation>%1: los nombres los resuelve el resolutor de este sistema (--resolve fija una dirección)</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s own TLS choices are offered</source>
        <translation>%1: se ofrecen las opciones TLS propias de Qt</translation>
    </message>
    <message>
        <source>%1: the certificate is checked as usual, but the server&apos;s public key is not compared with the pin</source>
        <translation>%1: el certificado se comprueba como siempre, pero la clave pública del servidor no se compara con el pin</translation>
    </message>
    <message>
        <source>%1: the certificate&apos;s revocation is not checked</source>
        <translation>%1: no se comprueba la revocación del certificado</translation>
    </message>
    <message>
        <source>%1: no HSTS list is read, so http URLs stay http</source>
        <translation>%1: no se lee ninguna lista HSTS, así que las URL http siguen en http</translation>
    </message>
    <message>
        <source>%1: no PROXY protocol header is sent; a server that needs one closes the connection</source>
        <translation>%1: no se envía ninguna cabecera del protocolo PROXY; un servidor que la necesite cierra la conexión</translation>
    </message>
    <message>
        <source>%1: this system chooses the interface and port</source>
        <translation>%1: este sistema elige la interfaz y el puerto</translation>
    </message>
    <message>
        <source>%1: transfers run at full speed</source>
        <translation>%1: las transferencias van a toda velocidad</translation>
    </message>
    <message>
        <source>%1 %2: not a size curl reads</source>
        <translation>%1 %2: no es un tamaño que curl lea</translation>
    </message>
    <message>
        <source>%1: the command talks to a Unix socket, which StatusScope cannot; nothing is sent to the URL&apos;s host in its place.</source>
        <translation>%1: el comando habla con un socket Unix, algo que StatusScope no puede hacer; no se envía nada al host de la URL en su lugar.</translation>
    </message>
    <message>
        <source>%1: set for curl by the shell; this environment is not applied here</source>
        <translation>%1: definido para curl por el shell; este entorno no se aplica aquí</translation>
    </message>
    <message>
        <source>The URL in the curl command holds the shell variable %1, which a shell would have replaced with its value: put the value in the URL before sending.</source>
        <translation>La URL del comando curl contiene la variable de shell %1, que un shell habría sustituido por su valor: ponga el valor en la URL antes de enviar.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) the terminal printed (the command&apos;s output, a prompt) left out</source>
        <translation>
            <numerusform>%n línea que mostró el terminal (la salida del comando, un prompt) omitida</numerusform>
            <numerusform>%n líneas que mostró el terminal (la salida del comando, un prompt) omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not closed: it opens in “%2”.</source>
        <translation>%1 no está cerrada: se abre en “%2”.</translation>
    </message>
    <message>
        <source>A single quote</source>
        <translation>Una comilla simple</translation>
    </message>
    <message>
        <source>A $&apos;…&apos; quote</source>
        <translation>Una comilla $&apos;…&apos;</translation>
    </message>
    <message>
        <source>A double quote</source>
        <translation>Una comilla doble</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestAuth</name>
    <message>
        <source>the Digest challenge has no nonce</source>
        <translation>el desafío Digest no tiene nonce</translation>
    </message>
    <message>
        <source>Digest with algorithm %1 is not supported (MD5, MD5-sess, SHA-256 and SHA-256-sess are; Qt 6.4 has no SHA-512/256)</source>
        <translation>Digest con el algoritmo %1 no es compatible (sí lo son MD5, MD5-sess, SHA-256 y SHA-256-sess; Qt 6.4 no tiene SHA-512/256)</translation>
    </message>
    <message>
        <source>the Digest challenge offers only qop=%1; auth-int (a hash of the body) is not supported</source>
        <translation>el desafío Digest solo ofrece qop=%1; auth-int (un hash del cuerpo) no es compatible</translation>
    </message>
    <message>
        <source>the Digest challenge asks for %1 without a qop</source>
        <translation>el desafío Digest pide %1 sin qop</translation>
    </message>
</context>
<context>
    <name>DryRun</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Cuerpo: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>No aplicado:</translation>
    </message>
    <message>
        <source>Print the requests that would be sent, and send nothing; files the request names need not exist (they are listed as not applied).</source>
        <translation>Mostrar las peticiones que se enviarían, y no enviar nada; los archivos que nombra la petición no tienen por qué existir (se listan como no aplicados).</translation>
    </message>
    <message>
        <source>file not readable: %1: %2</source>
        <translation>archivo no legible: %1: %2</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>archivo no encontrado: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulación: no se envió nada.</translation>
    </message>
    <message>
        <source>Request %1 of %2:</source>
        <translation>Petición %1 de %2:</translation>
    </message>
    <message>
        <source>Typed as %1: Qt 6.4 removes “.” and “..” segments before sending.</source>
        <translation>Escrito como %1: Qt 6.4 quita los segmentos «.» y «..» antes de enviar.</translation>
    </message>
    <message>
        <source>Authorities for https: this computer&apos;s, and those in %1 (from the environment, as curl reads it).</source>
        <translation>Autoridades para https: las de este equipo y las de %1 (del entorno, leído como lo lee curl).</translation>
    </message>
    <message>
        <source>Authorities for https: only those in %1 (from the environment, as curl reads it).</source>
        <translation>Autoridades para https: solo las de %1 (del entorno, leído como lo lee curl).</translation>
    </message>
</context>
<context>
    <name>FromCurl</name>
    <message>
        <source>--from-curl: cannot read “%1”: %2.</source>
        <translation>--from-curl: no se puede leer “%1”: %2.</translation>
    </message>
    <message>
        <source>--from-curl: “%1” holds more than 1 MiB; a pasted curl command is far shorter.</source>
        <translation>--from-curl: “%1” ocupa más de 1 MiB; un comando curl pegado es mucho más corto.</translation>
    </message>
    <message>
        <source>--from-curl: “%1” is not UTF-8 text.</source>
        <translation>--from-curl: “%1” no es texto UTF-8.</translation>
    </message>
    <message>
        <source>Send the curl commands pasted into FILE (- for standard input, at most 1 MiB), in order; options StatusScope does not use are listed on standard error.</source>
        <translation>Enviar en orden los comandos curl pegados en FILE (- para la entrada estándar, 1 MiB como máximo); las opciones que StatusScope no usa se listan en la salida de error.</translation>
    </message>
    <message>
        <source>--from-curl sends the URLs of the pasted commands; give no URL argument with it.</source>
        <translation>--from-curl envía las URL de los comandos pegados; no indique ninguna URL como argumento con él.</translation>
    </message>
    <message>
        <source>--from-curl and --input cannot be used together.</source>
        <translation>--from-curl y --input no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--from-curl takes the request from the pasted command: put %1 in the command instead.</source>
        <translation>--from-curl toma la petición del comando pegado: ponga %1 en el comando.</translation>
    </message>
    <message>
        <source>--from-curl: “%1”: %2</source>
        <translation>--from-curl: “%1”: %2</translation>
    </message>
    <message>
        <source>command %1: </source>
        <translation>comando %1: </translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>no aplicado: %1</translation>
    </message>
</context>
<context>
    <name>FromHttp</name>
    <message>
        <source>Send the requests of FILE, a VS Code REST Client or JetBrains HTTP Client .http file, in order; what StatusScope does not use (scripts, response references…) is listed on standard error.</source>
        <translation>Enviar las peticiones de FILE, un archivo .http de VS Code REST Client o de JetBrains HTTP Client, en orden; lo que StatusScope no usa (scripts, referencias a respuestas…) se lista en la salida de error estándar.</translation>
    </message>
    <message>
        <source>With --from-http: send only the request named NAME (# @name or ### NAME).</source>
        <translation>Con --from-http: enviar solo la petición llamada NAME (# @name o ### NAME).</translation>
    </message>
    <message>
        <source>With --from-http: take variables the file does not define from environment NAME of http-client.env.json (and .private.env.json) or .vscode/settings.json.</source>
        <translation>Con --from-http: tomar las variables que el archivo no define del entorno NAME de http-client.env.json (y .private.env.json) o de .vscode/settings.json.</translation>
    </message>
    <message>
        <source>--from-http sends the requests of the file; give no URL argument with it.</source>
        <translation>--from-http envía las peticiones del archivo; no indique ninguna URL como argumento con él.</translation>
    </message>
    <message>
        <source>--from-http takes the requests from the file: %1 cannot be used with it.</source>
        <translation>--from-http toma las peticiones del archivo: %1 no se puede usar con él.</translation>
    </message>
    <message>
        <source>--from-http: “%1” holds no request.</source>
        <translation>--from-http: “%1” no contiene ninguna petición.</translation>
    </message>
    <message>
        <source>--from-http: “%1” has no request named “%2”; none of its requests has a name.</source>
        <translation>--from-http: “%1” no tiene ninguna petición llamada “%2”; ninguna de sus peticiones tiene nombre.</translation>
    </message>
    <message>
        <source>--from-http: “%1” has no request named “%2”; its names are: %3.</source>
        <translation>--from-http: “%1” no tiene ninguna petición llamada “%2”; sus nombres son: %3.</translation>
    </message>
    <message numerus="yes">
        <source>--from-http: “%1”: %n request(s) cannot be sent, so none is:</source>
        <translation>
            <numerusform>--from-http: “%1”: %n petición no se puede enviar, así que no se envía ninguna:</numerusform>
            <numerusform>--from-http: “%1”: %n peticiones no se pueden enviar, así que no se envía ninguna:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Har</name>
    <message>
        <source>blocked includes the DNS lookup; connect includes the TLS handshake (Qt 6.4 reports neither separately).</source>
        <translation>blocked incluye la consulta DNS; connect incluye el saludo TLS (Qt 6.4 no informa de ninguno por separado).</translation>
    </message>
    <message>
        <source>blocked includes the DNS lookup; on plain HTTP connect includes sending the request (Qt 6.4 reports neither separately).</source>
        <translation>blocked incluye la consulta DNS; en HTTP sin cifrar connect incluye el envío de la petición (Qt 6.4 no informa de ninguno por separado).</translation>
    </message>
    <message>
        <source>The connection was reused: no DNS, connect or TLS time.</source>
        <translation>La conexión se reutilizó: no hay tiempo de DNS, conexión ni TLS.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>El archivo no es JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>This is not a HAR file: it has no log.entries list.</source>
        <translation>Esto no es un archivo HAR: no tiene una lista log.entries.</translation>
    </message>
    <message>
        <source>Entry %1: no usable request URL.</source>
        <translation>Entrada %1: no hay una URL de petición utilizable.</translation>
    </message>
    <message>
        <source>No response was recorded for the last request.</source>
        <translation>No se registró ninguna respuesta para la última petición.</translation>
    </message>
    <message>
        <source>Credentials are masked (••••): Authorization, cookies, headers marked secret, passwords in URLs, and their echoes in bodies.</source>
        <translation>Las credenciales están ocultas (••••): Authorization, cookies, cabeceras marcadas como secretas, contraseñas en las URL y sus copias en los cuerpos.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Se canceló la importación.</translation>
    </message>
    <message>
        <source>Entry %1 could not be read: %2.</source>
        <translation>No se pudo leer la entrada %1: %2.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2, in entry %3).</source>
        <translation>El archivo no es JSON válido: %1 (en el byte %2, en la entrada %3).</translation>
    </message>
    <message>
        <source>The file is %1 MiB; HAR files up to %2 MiB can be opened.</source>
        <translation>El archivo ocupa %1 MiB; se pueden abrir archivos HAR de hasta %2 MiB.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>el archivo termina demasiado pronto</translation>
    </message>
    <message>
        <source>%1 cannot follow a backslash in a string</source>
        <translation>%1 no puede seguir a una barra invertida en una cadena de texto</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>un escape \u necesita cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <source>a number needs a digit after its minus sign</source>
        <translation>un número necesita un dígito tras su signo menos</translation>
    </message>
    <message>
        <source>a number needs a digit after its decimal point</source>
        <translation>un número necesita un dígito tras su punto decimal</translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation>un número necesita dígitos en su exponente</translation>
    </message>
    <message>
        <source>%1 is not a JSON value</source>
        <translation>%1 no es un valor JSON</translation>
    </message>
    <message>
        <source>a JSON document starts with “{” or “[”, not %1</source>
        <translation>un documento JSON empieza por “{” o “[”, no por %1</translation>
    </message>
    <message>
        <source>a key in quotes was expected, not %1</source>
        <translation>se esperaba una clave entre comillas, no %1</translation>
    </message>
    <message>
        <source>a colon was expected after a key, not %1</source>
        <translation>se esperaban dos puntos tras una clave, no %1</translation>
    </message>
    <message>
        <source>a comma or a closing bracket was expected, not %1</source>
        <translation>se esperaba una coma o un cierre (“}” o “]”), no %1</translation>
    </message>
    <message>
        <source>%1 follows the end of the document</source>
        <translation>hay %1 tras el final del documento</translation>
    </message>
    <message>
        <source>arrays and objects are nested too deeply</source>
        <translation>las listas y los objetos están anidados a demasiada profundidad</translation>
    </message>
    <message>
        <source>the file has more than one log.entries list</source>
        <translation>el archivo tiene más de una lista log.entries</translation>
    </message>
    <message>
        <source>%1 does not close the open %2</source>
        <translation>%1 no cierra %2 que se abrió</translation>
    </message>
    <message>
        <source>object</source>
        <translation>el objeto</translation>
    </message>
    <message>
        <source>array</source>
        <translation>la lista</translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation>una cadena de texto no es UTF-8 válido</translation>
    </message>
    <message>
        <source>a string holds a control character (%1) that must be escaped</source>
        <translation>una cadena de texto contiene un carácter de control (%1) que debe escaparse</translation>
    </message>
    <message>
        <source>Only the first %1 were kept.</source>
        <translation>Solo se conservaron los primeros %1.</translation>
    </message>
    <message>
        <source>The body is not UTF-8 text: “text” holds its bytes in base64, as “_encoding” says.</source>
        <translation>El cuerpo no es texto UTF-8: “text” contiene sus bytes en base64, como indica “_encoding”.</translation>
    </message>
    <message>
        <source>No response was recorded for the last request; the browser wrote “%1”.</source>
        <translation>No se registró ninguna respuesta para la última petición; el navegador escribió «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n entries with a %1: URL skipped: they are not requests on the network (entries %2).</source>
        <translation>
            <numerusform>%n entrada con una URL %1: omitida: no es una petición por la red (entrada %2).</numerusform>
            <numerusform>%n entradas con una URL %1: omitidas: no son peticiones por la red (entradas %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser took this %1 from its disk cache without asking the server. It keeps following a cached permanent redirect until the entry expires or the cache is cleared, so a change on the server goes unseen.</source>
        <translation>El navegador tomó este %1 de su caché de disco sin preguntar al servidor. Sigue una redirección permanente en caché hasta que la entrada caduca o se vacía la caché, así que un cambio en el servidor pasa inadvertido.</translation>
    </message>
    <message>
        <source>The browser took this %1 from its disk cache without asking the server.</source>
        <translation>El navegador tomó este %1 de su caché de disco sin preguntar al servidor.</translation>
    </message>
    <message>
        <source>The browser took this %1 from its memory cache without asking the server. It keeps following a cached permanent redirect until the entry expires or the cache is cleared, so a change on the server goes unseen.</source>
        <translation>El navegador tomó este %1 de su caché de memoria sin preguntar al servidor. Sigue una redirección permanente en caché hasta que la entrada caduca o se vacía la caché, así que un cambio en el servidor pasa inadvertido.</translation>
    </message>
    <message>
        <source>The browser took this %1 from its memory cache without asking the server.</source>
        <translation>El navegador tomó este %1 de su caché de memoria sin preguntar al servidor.</translation>
    </message>
    <message>
        <source>The page&apos;s service worker answered this request: what the server sent, if it was asked at all, may differ.</source>
        <translation>El service worker de la página respondió a esta petición: lo que envió el servidor, si es que se le preguntó, puede ser distinto.</translation>
    </message>
</context>
<context>
    <name>HarCommand</name>
    <message>
        <source>Standard input holds more than %1 MiB; HAR files up to that size can be read.</source>
        <translation>La entrada estándar contiene más de %1 MiB; se pueden leer archivos HAR de hasta ese tamaño.</translation>
    </message>
    <message>
        <source>A HAR file (- for standard input).</source>
        <translation>Un archivo HAR (- para la entrada estándar).</translation>
    </message>
    <message>
        <source>Print JSON Lines: one chain a line, as check --json writes it, with &quot;source&quot;: &quot;har&quot;.</source>
        <translation>Mostrar JSON Lines: una cadena por línea, como la escribe check --json, con &quot;source&quot;: &quot;har&quot;.</translation>
    </message>
    <message>
        <source>Also write what was read back out as a HAR 1.2 file (credentials masked unless --show-secrets); - writes it instead of the report.</source>
        <translation>Escribir también lo leído de nuevo como archivo HAR 1.2 (credenciales ocultas salvo con --show-secrets); - lo escribe en lugar del informe.</translation>
    </message>
    <message>
        <source>Show credentials (Authorization, cookies) instead of masking them.</source>
        <translation>Mostrar las credenciales (Authorization, cookies) en lugar de ocultarlas.</translation>
    </message>
    <message>
        <source>Give one HAR file, for example “statusscope har capture.har”.</source>
        <translation>Indique un archivo HAR, por ejemplo “statusscope har capture.har”.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a HAR file: %2</source>
        <translation>“%1” no se puede leer como archivo HAR: %2</translation>
    </message>
    <message>
        <source>The file holds no entries.</source>
        <translation>El archivo no contiene ninguna entrada.</translation>
    </message>
    <message>
        <source>The HAR file “%1” could not be written.</source>
        <translation>No se pudo escribir el archivo HAR “%1”.</translation>
    </message>
</context>
<context>
    <name>HeaderGlossary</name>
    <message>
        <source>Whether the server takes range requests, and in which unit.</source>
        <translation>Si el servidor acepta peticiones de rangos, y en qué unidad.</translation>
    </message>
    <message>
        <source>Seconds the response has spent in caches since the origin produced it.</source>
        <translation>Segundos que la respuesta ha pasado en cachés desde que el origen la produjo.</translation>
    </message>
    <message>
        <source>The methods the resource supports; required on 405.</source>
        <translation>Los métodos que admite el recurso; obligatorio con 405.</translation>
    </message>
    <message>
        <source>Other places (protocol, host, port) where the same service can be reached, such as HTTP/3.</source>
        <translation>Otros lugares (protocolo, host, puerto) donde se puede llegar al mismo servicio, como HTTP/3.</translation>
    </message>
    <message>
        <source>Directives that tell caches whether and how long they may store and reuse the response.</source>
        <translation>Directivas que indican a las cachés si pueden guardar y reutilizar la respuesta, y durante cuánto tiempo.</translation>
    </message>
    <message>
        <source>Options for this connection only, such as close; never forwarded by proxies.</source>
        <translation>Opciones solo para esta conexión, como close; los proxies nunca las reenvían.</translation>
    </message>
    <message>
        <source>Whether to show the body inline or save it, and under which file name.</source>
        <translation>Si mostrar el cuerpo en línea o guardarlo, y con qué nombre de archivo.</translation>
    </message>
    <message>
        <source>Compression applied to the body (gzip, br, deflate); undo it to get the representation.</source>
        <translation>Compresión aplicada al cuerpo (gzip, br, deflate); deshágala para obtener la representación.</translation>
    </message>
    <message>
        <source>The natural language of the intended audience.</source>
        <translation>El idioma natural del público al que se dirige.</translation>
    </message>
    <message>
        <source>The size of the body in bytes, as sent.</source>
        <translation>El tamaño del cuerpo en bytes, tal como se envió.</translation>
    </message>
    <message>
        <source>A URI for the specific representation that was sent.</source>
        <translation>Una URI de la representación concreta que se envió.</translation>
    </message>
    <message>
        <source>Which part of the whole representation this body is, and the total size; used by 206 and 416.</source>
        <translation>Qué parte de la representación completa es este cuerpo, y el tamaño total; la usan 206 y 416.</translation>
    </message>
    <message>
        <source>Rules a browser enforces on what the page may load and run.</source>
        <translation>Reglas que el navegador impone sobre lo que la página puede cargar y ejecutar.</translation>
    </message>
    <message>
        <source>The media type of the body, with parameters such as charset.</source>
        <translation>El tipo de medio del cuerpo, con parámetros como charset.</translation>
    </message>
    <message>
        <source>When the server produced the response.</source>
        <translation>Cuándo produjo el servidor la respuesta.</translation>
    </message>
    <message>
        <source>An opaque version tag of the representation, for conditional requests with If-None-Match or If-Match.</source>
        <translation>Una etiqueta opaca de versión de la representación, para peticiones condicionales con If-None-Match o If-Match.</translation>
    </message>
    <message>
        <source>The date after which the response is stale; Cache-Control max-age takes precedence.</source>
        <translation>La fecha a partir de la cual la respuesta está caducada; max-age de Cache-Control tiene prioridad.</translation>
    </message>
    <message>
        <source>Hints about how long an idle persistent connection is kept open.</source>
        <translation>Indicaciones de cuánto tiempo se mantiene abierta una conexión persistente inactiva.</translation>
    </message>
    <message>
        <source>When the origin believes the representation last changed; a validator for If-Modified-Since.</source>
        <translation>Cuándo cree el origen que cambió por última vez la representación; un validador para If-Modified-Since.</translation>
    </message>
    <message>
        <source>Typed links to related resources, for example preload hints or the blocked-by relation of 451.</source>
        <translation>Enlaces tipados a recursos relacionados, por ejemplo indicaciones de precarga o la relación blocked-by de 451.</translation>
    </message>
    <message>
        <source>Where to go next: the redirect target of a 3xx, or the new resource of a 201.</source>
        <translation>Adónde ir después: el destino de la redirección de un 3xx, o el nuevo recurso de un 201.</translation>
    </message>
    <message>
        <source>The authentication challenge of a proxy; required on 407.</source>
        <translation>El desafío de autenticación de un proxy; obligatorio con 407.</translation>
    </message>
    <message>
        <source>How long to wait before trying again, in seconds or as a date; used with 503, 429 and 3xx.</source>
        <translation>Cuánto esperar antes de reintentar, en segundos o como fecha; se usa con 503, 429 y 3xx.</translation>
    </message>
    <message>
        <source>The software that produced the response; it can tell which meaning of a vendor code applies.</source>
        <translation>El software que produjo la respuesta; puede indicar qué significado de un código de fabricante se aplica.</translation>
    </message>
    <message>
        <source>Stores a cookie in the client, to be sent back on later requests by the cookie rules.</source>
        <translation>Guarda una cookie en el cliente, que la devolverá en peticiones posteriores según las reglas de cookies.</translation>
    </message>
    <message>
        <source>Tells browsers to use only https for this host for a while (HSTS).</source>
        <translation>Indica a los navegadores que usen solo https para este host durante un tiempo (HSTS).</translation>
    </message>
    <message>
        <source>How the message body is framed on this connection, such as chunked.</source>
        <translation>Cómo se delimita el cuerpo del mensaje en esta conexión, por ejemplo chunked.</translation>
    </message>
    <message>
        <source>The protocol to switch to; required on 101 and 426.</source>
        <translation>El protocolo al que cambiar; obligatorio con 101 y 426.</translation>
    </message>
    <message>
        <source>Request fields that chose this representation; caches must match them before reuse.</source>
        <translation>Campos de la petición que eligieron esta representación; las cachés deben coincidir con ellos antes de reutilizarla.</translation>
    </message>
    <message>
        <source>The proxies and gateways the message passed through.</source>
        <translation>Los proxies y pasarelas por los que pasó el mensaje.</translation>
    </message>
    <message>
        <source>The authentication challenge: which scheme (Basic, Bearer…) the client may use; required on 401.</source>
        <translation>El desafío de autenticación: qué esquema (Basic, Bearer…) puede usar el cliente; obligatorio con 401.</translation>
    </message>
    <message>
        <source>With nosniff, tells browsers not to guess a media type other than Content-Type.</source>
        <translation>Con nosniff, indica a los navegadores que no adivinen un tipo de medio distinto de Content-Type.</translation>
    </message>
    <message>
        <source>Whether other sites may show this page in a frame; superseded by CSP frame-ancestors.</source>
        <translation>Si otros sitios pueden mostrar esta página en un marco; sustituido por frame-ancestors de CSP.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>History is off: %1</source>
        <translation>El historial está desactivado: %1</translation>
    </message>
    <message>
        <source>the file was written by a newer StatusScope (schema %1)</source>
        <translation>el archivo lo escribió un StatusScope más reciente (esquema %1)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 es de solo lectura.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and could not be moved aside.</source>
        <translation>%1 está dañado (%2) y no se pudo apartar.</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was kept as %2 and a new history was started.</source>
        <translation>El archivo del historial estaba dañado (%1). Se guardó como %2 y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>another program kept the history file locked</source>
        <translation>otro programa mantenía bloqueado el archivo del historial</translation>
    </message>
    <message>
        <source>the history file is read-only</source>
        <translation>el archivo del historial es de solo lectura</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco informó de un error</translation>
    </message>
    <message>
        <source>%1, and it cannot be read (%2).</source>
        <translation>%1, y tampoco se puede leer (%2).</translation>
    </message>
    <message>
        <source>History is read-only: %1. The entries below can be opened; new chains are not kept and nothing can be deleted.</source>
        <translation>El historial es de solo lectura: %1. Las entradas de abajo se pueden abrir; las cadenas nuevas no se guardan y no se puede eliminar nada.</translation>
    </message>
    <message>
        <source>The history file is in use by another program (still locked after %1 s). Nothing was changed; it is opened again at the next chain, or with Try again.</source>
        <translation>Otro programa está usando el archivo del historial (sigue bloqueado tras %1 s). No se cambió nada; se vuelve a abrir con la siguiente cadena o con Reintentar.</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>no se puede escribir en %1</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>History is off.</source>
        <translation>El historial está desactivado.</translation>
    </message>
    <message>
        <source>History could not be written: %1. The last change was not kept.</source>
        <translation>No se pudo escribir en el historial: %1. El último cambio no se guardó.</translation>
    </message>
    <message>
        <source>There is no chain %1.</source>
        <translation>No existe la cadena %1.</translation>
    </message>
    <message>
        <source>Chain %1 in the history cannot be read: %2.</source>
        <translation>No se puede leer la cadena %1 del historial: %2.</translation>
    </message>
</context>
<context>
    <name>HopChecks</name>
    <message>
        <source>%1 without a %2 header.</source>
        <translation>%1 sin cabecera %2.</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After asks the client to wait %n second(s), until %1.</source>
        <translation>
            <numerusform>Retry-After pide al cliente que espere %n segundo, hasta %1.</numerusform>
            <numerusform>Retry-After pide al cliente que espere %n segundos, hasta %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry-After “%1” is neither a number of seconds nor an HTTP date.</source>
        <translation>Retry-After “%1” no es ni un número de segundos ni una fecha HTTP.</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After asks the client to wait until %1 (%n second(s) from now).</source>
        <translation>
            <numerusform>Retry-After pide al cliente que espere hasta %1 (dentro de %n segundo).</numerusform>
            <numerusform>Retry-After pide al cliente que espere hasta %1 (dentro de %n segundos).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is outside 100–599, so it is not a valid HTTP status; clients should treat it as a server error (5xx).</source>
        <translation>%1 está fuera de 100–599, así que no es un estado HTTP válido; los clientes deberían tratarlo como error del servidor (5xx).</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue; by its class it means the same as %2.</source>
        <translation>%1 no está en el catálogo; por su clase significa lo mismo que %2.</translation>
    </message>
    <message>
        <source>%1 is not a standard code; it is used by %2.</source>
        <translation>%1 no es un código estándar; lo usa %2.</translation>
    </message>
    <message>
        <source>305 Use Proxy is deprecated; clients ignore it.</source>
        <translation>305 Use Proxy está obsoleto; los clientes lo ignoran.</translation>
    </message>
    <message>
        <source>306 is reserved and unused; a server should never send it.</source>
        <translation>306 está reservado y sin uso; un servidor nunca debería enviarlo.</translation>
    </message>
    <message>
        <source>A %1 arrived as the final response. 1xx responses are interim: with Qt 6.4 the real response that follows is lost, so this is not the server&apos;s full answer.</source>
        <translation>Llegó un %1 como respuesta final. Las respuestas 1xx son provisionales: con Qt 6.4 la respuesta real que sigue se pierde, así que esta no es la respuesta completa del servidor.</translation>
    </message>
    <message>
        <source>The reason phrase “%1” is not the usual “%2”; clients ignore reason phrases.</source>
        <translation>La frase de motivo “%1” no es la habitual “%2”; los clientes ignoran las frases de motivo.</translation>
    </message>
    <message>
        <source>The browser made this %1 itself: %2 is on its HSTS list, so it went to https without asking the server (Non-Authoritative-Reason: HSTS). What the server answers at http is not in this file.</source>
        <translation>El navegador generó este %1 por sí mismo: %2 está en su lista HSTS, así que pasó a https sin preguntar al servidor (Non-Authoritative-Reason: HSTS). Lo que el servidor responde en http no está en este archivo.</translation>
    </message>
    <message>
        <source>The browser made this %1 itself (Non-Authoritative-Reason: %2), as it does when an extension redirects a request: the server never saw it.</source>
        <translation>El navegador generó este %1 por sí mismo (Non-Authoritative-Reason: %2), como cuando una extensión redirige una petición: el servidor nunca la vio.</translation>
    </message>
</context>
<context>
    <name>HopDetail</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <source>No response arrived for this hop.</source>
        <translation>No llegó ninguna respuesta para este salto.</translation>
    </message>
    <message>
        <source>This number has %1 meanings; the most likely comes first.</source>
        <translation>Este número tiene %1 significados; el más probable va primero.</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue; by its class a client treats it as %2.</source>
        <translation>%1 no está en el catálogo; por su clase un cliente lo trata como %2.</translation>
    </message>
    <message>
        <source>Open in catalogue</source>
        <translation>Abrir en el catálogo</translation>
    </message>
    <message>
        <source>What this hop tells</source>
        <translation>Qué dice este salto</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Petición tal como se envió</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>not sent on this hop</source>
        <translation>no enviada en este salto</translation>
    </message>
    <message>
        <source>Highlighted: what changed since the previous hop.</source>
        <translation>Resaltado: lo que cambió desde el salto anterior.</translation>
    </message>
    <message>
        <source>Phases, from the start of the hop</source>
        <translation>Fases, desde el inicio del salto</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>connection reused: no connect or TLS time</source>
        <translation>conexión reutilizada: sin tiempo de conexión ni TLS</translation>
    </message>
    <message>
        <source>includes queueing and the DNS lookup, which Qt does not separate</source>
        <translation>incluye la espera en cola y la consulta DNS, que Qt no separa</translation>
    </message>
    <message>
        <source>TLS done</source>
        <translation>TLS terminado</translation>
    </message>
    <message>
        <source>TCP connect and TLS handshake are one span</source>
        <translation>la conexión TCP y el saludo TLS son un solo tramo</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Petición enviada</translation>
    </message>
    <message>
        <source>on plain HTTP, connecting and sending are one span</source>
        <translation>en HTTP sin cifrar, conectar y enviar son un solo tramo</translation>
    </message>
    <message>
        <source>Headers received</source>
        <translation>Cabeceras recibidas</translation>
    </message>
    <message>
        <source>first byte and end of headers are one moment</source>
        <translation>el primer byte y el final de las cabeceras son un mismo momento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Qt sent this request %1 times by itself.</source>
        <translation>Qt envió esta petición %1 veces por sí mismo.</translation>
    </message>
    <message>
        <source>This hop was not encrypted.</source>
        <translation>Este salto no estaba cifrado.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>Certificate problems (accepted for this host)</source>
        <translation>Problemas del certificado (aceptados para este host)</translation>
    </message>
    <message>
        <source>Certificate problems</source>
        <translation>Problemas del certificado</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Cadena de certificados</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>emitido por %1</translation>
    </message>
    <message>
        <source>valid from %1 to %2</source>
        <translation>válido del %1 al %2</translation>
    </message>
    <message>
        <source>body: %1</source>
        <translation>cuerpo: %1</translation>
    </message>
    <message>
        <source>added by Qt</source>
        <translation>añadida por Qt</translation>
    </message>
    <message>
        <source>Via proxy %1.</source>
        <translation>A través del proxy %1.</translation>
    </message>
    <message>
        <source>Via proxy %1, as user %2.</source>
        <translation>A través del proxy %1, como usuario %2.</translation>
    </message>
    <message>
        <source>Connected to %1 (pinned); the URL, the Host field and the certificate check stay %2.</source>
        <translation>Conectado a %1 (dirección fijada); la URL, el campo Host y la comprobación del certificado siguen siendo %2.</translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation>solo HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/2, offered</source>
        <translation>HTTP/2, ofrecido</translation>
    </message>
    <message>
        <source>HTTP/2 from the first byte (prior knowledge)</source>
        <translation>HTTP/2 desde el primer byte (conocimiento previo)</translation>
    </message>
    <message>
        <source>HTTP version asked: %1.</source>
        <translation>Versión HTTP pedida: %1.</translation>
    </message>
    <message>
        <source>Answered the %1 of hop %2 with %3.</source>
        <translation>Se respondió al %1 del salto %2 con %3.</translation>
    </message>
    <message>
        <source>Answered the %1 of hop %2 with %3, user %4.</source>
        <translation>Se respondió al %1 del salto %2 con %3, usuario %4.</translation>
    </message>
    <message>
        <source>Answered the challenge of hop %1 with %2.</source>
        <translation>Se respondió al desafío del salto %1 con %2.</translation>
    </message>
    <message>
        <source>Answered the challenge of hop %1 with %2, user %3.</source>
        <translation>Se respondió al desafío del salto %1 con %2, usuario %3.</translation>
    </message>
    <message>
        <source>Sent %1 credentials with the request.</source>
        <translation>Se enviaron credenciales %1 con la petición.</translation>
    </message>
    <message>
        <source>Sent %1 credentials with the request, user %2.</source>
        <translation>Se enviaron credenciales %1 con la petición, usuario %2.</translation>
    </message>
    <message>
        <source>Route and credentials</source>
        <translation>Ruta y credenciales</translation>
    </message>
    <message>
        <source>Client certificate offered: %1 (the request&apos;s own).</source>
        <translation>Certificado de cliente ofrecido: %1 (el de la propia petición).</translation>
    </message>
    <message>
        <source>Client certificate offered: %1, from Preferences for %2.</source>
        <translation>Certificado de cliente ofrecido: %1, de Preferencias para %2.</translation>
    </message>
</context>
<context>
    <name>HostGate</name>
    <message numerus="yes">
        <source>The audit waits %n second(s), as Retry-After asks, then sends this request again (retry %1 of %2).</source>
        <translation>
            <numerusform>La auditoría espera %n segundo, como pide Retry-After, y luego vuelve a enviar esta petición (reintento %1 de %2).</numerusform>
            <numerusform>La auditoría espera %n segundos, como pide Retry-After, y luego vuelve a enviar esta petición (reintento %1 de %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpFile</name>
    <message>
        <source>line %1: the name “%2” was already given on line %3; --name picks the first.</source>
        <translation>línea %1: el nombre “%2” ya se dio en la línea %3; --name elige el primero.</translation>
    </message>
    <message>
        <source>line %1: the pre-request script (&lt; {% … %}) is not run: StatusScope runs no scripts.</source>
        <translation>línea %1: el script previo a la petición (&lt; {% … %}) no se ejecuta: StatusScope no ejecuta scripts.</translation>
    </message>
    <message>
        <source>line %1: text after a response handler is not part of the request.</source>
        <translation>línea %1: el texto tras un manejador de respuesta no forma parte de la petición.</translation>
    </message>
    <message>
        <source>line %1: the script opened here is not closed with %}; the lines after it, up to the next ###, were skipped.</source>
        <translation>línea %1: el script abierto aquí no se cierra con %}; se omitieron las líneas siguientes, hasta el próximo ###.</translation>
    </message>
    <message>
        <source>line %1: “@name %2” is followed by no request.</source>
        <translation>línea %1: a “@name %2” no le sigue ninguna petición.</translation>
    </message>
    <message>
        <source>line %1: @no-log is not applied: the window&apos;s history keeps every chain it sends.</source>
        <translation>línea %1: @no-log no se aplica: el historial de la ventana conserva todas las cadenas que envía.</translation>
    </message>
    <message>
        <source>line %1: @%2 is not supported.</source>
        <translation>línea %1: @%2 no está admitido.</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a variable definition (@name = value).</source>
        <translation>línea %1: “%2” no es una definición de variable (@name = value).</translation>
    </message>
    <message>
        <source>line %1: %2 requests are not supported; StatusScope sends HTTP requests only.</source>
        <translation>línea %1: las peticiones %2 no están admitidas; StatusScope solo envía peticiones HTTP.</translation>
    </message>
    <message>
        <source>line %1: the response reference (%2) is not compared: StatusScope keeps its own history instead.</source>
        <translation>línea %1: la referencia a la respuesta (%2) no se compara: StatusScope conserva su propio historial en su lugar.</translation>
    </message>
    <message>
        <source>line %1: the response handler (%2) is not run: StatusScope runs no scripts.</source>
        <translation>línea %1: el manejador de respuesta (%2) no se ejecuta: StatusScope no ejecuta scripts.</translation>
    </message>
    <message>
        <source>The file holds no request.</source>
        <translation>El archivo no contiene ninguna petición.</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2.</source>
        <translation>no se puede leer “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” holds more than 4 MiB; a .http file is far shorter.</source>
        <translation>“%1” ocupa más de 4 MiB; un archivo .http es mucho más corto.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>“%1” no es texto UTF-8.</translation>
    </message>
    <message>
        <source>%1 is next to the file but not read: no environment was chosen.</source>
        <translation>%1 está junto al archivo pero no se lee: no se eligió ningún entorno.</translation>
    </message>
    <message>
        <source>line %1: &lt;@%2: only UTF-8 body files are read.</source>
        <translation>línea %1: &lt;@%2: solo se leen archivos de cuerpo UTF-8.</translation>
    </message>
    <message>
        <source>line %1: &lt; %2: file not readable: %3: %4</source>
        <translation>línea %1: &lt; %2: archivo no legible: %3: %4</translation>
    </message>
    <message>
        <source>line %1: &lt; %2: file not found: %3</source>
        <translation>línea %1: &lt; %2: archivo no encontrado: %3</translation>
    </message>
    <message>
        <source>line %1: %2 is not applied: StatusScope speaks HTTP/1.1 and HTTP/2.</source>
        <translation>línea %1: %2 no se aplica: StatusScope habla HTTP/1.1 y HTTP/2.</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a header (Name: value); a body comes after a blank line.</source>
        <translation>línea %1: “%2” no es una cabecera (Nombre: valor); el cuerpo va después de una línea en blanco.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1: “%2” cannot be requested: %3</source>
        <translation>línea %1: “%2” no se puede pedir: %3</translation>
    </message>
    <message>
        <source>its body is not UTF-8 text</source>
        <translation>su cuerpo no es texto UTF-8</translation>
    </message>
    <message>
        <source>its body holds carriage returns, which a .http file does not keep</source>
        <translation>su cuerpo contiene retornos de carro, que un archivo .http no conserva</translation>
    </message>
    <message>
        <source>its body ends with a line break or blank line, which a .http file does not keep</source>
        <translation>su cuerpo termina con un salto de línea o una línea en blanco, que un archivo .http no conserva</translation>
    </message>
    <message>
        <source>a line of its body (“%1”) would be read as part of the file&apos;s syntax</source>
        <translation>una línea de su cuerpo (“%1”) se leería como parte de la sintaxis del archivo</translation>
    </message>
    <message>
        <source>its name holds a line break</source>
        <translation>su nombre contiene un salto de línea</translation>
    </message>
    <message>
        <source>its method %1 is not one that .http files know</source>
        <translation>su método %1 no es uno de los que conocen los archivos .http</translation>
    </message>
    <message>
        <source>its URL cannot be written</source>
        <translation>su URL no se puede escribir</translation>
    </message>
    <message>
        <source>its field %1 holds “{{”, which would be read as a variable</source>
        <translation>su campo %1 contiene “{{”, que se leería como una variable</translation>
    </message>
    <message>
        <source>its field %1 begins or ends with spaces</source>
        <translation>su campo %1 empieza o termina con espacios</translation>
    </message>
    <message>
        <source>its Authorization field would be encoded again when read</source>
        <translation>su campo Authorization se volvería a codificar al leerlo</translation>
    </message>
    <message>
        <source>its Digest user or password is empty or holds spaces</source>
        <translation>su usuario o contraseña Digest está vacío o contiene espacios</translation>
    </message>
    <message>
        <source>its body holds “{{”, which would be read as a variable</source>
        <translation>su cuerpo contiene “{{”, que se leería como una variable</translation>
    </message>
    <message>
        <source>an empty body (written as none)</source>
        <translation>un cuerpo vacío (se escribe como ninguno)</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>el proxy</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>los certificados</translation>
    </message>
    <message>
        <source>pinned addresses</source>
        <translation>las direcciones fijadas</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>las credenciales</translation>
    </message>
    <message>
        <source>cookies from a cookie file</source>
        <translation>las cookies de un archivo de cookies</translation>
    </message>
    <message>
        <source>limits other than the timeout</source>
        <translation>los límites distintos del tiempo de espera</translation>
    </message>
    <message>
        <source>the fields marked secret</source>
        <translation>los campos marcados como secretos</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1”: without %2</source>
        <translation>“%1”: sin %2</translation>
    </message>
    <message>
        <source>history is off or read-only, so nothing can be saved.</source>
        <translation>el historial está desactivado o es de solo lectura, así que no se puede guardar nada.</translation>
    </message>
    <message>
        <source>it holds no request.</source>
        <translation>no contiene ninguna petición.</translation>
    </message>
    <message>
        <source>line %1: “%2” could not be saved: %3</source>
        <translation>línea %1: no se pudo guardar “%2”: %3</translation>
    </message>
    <message>
        <source>the folder “%1” holds no saved request.</source>
        <translation>la carpeta “%1” no contiene ninguna petición guardada.</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>no se puede escribir “%1”: %2</translation>
    </message>
    <message>
        <source>line %1: the text grows past 4 MiB once its variables are replaced.</source>
        <translation>línea %1: el texto supera los 4 MiB una vez sustituidas sus variables.</translation>
    </message>
    <message>
        <source>line %1: {{%2}} takes a value from another request&apos;s response, which StatusScope does not keep between requests.</source>
        <translation>línea %1: {{%2}} toma un valor de la respuesta de otra petición, que StatusScope no conserva entre peticiones.</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” is not defined in the file nor in the environment “%3”.</source>
        <translation>línea %1: la variable “%2” no está definida en el archivo ni en el entorno “%3”.</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” is not defined in the file (a response handler may set it in JetBrains&apos; client, but StatusScope runs no handlers).</source>
        <translation>línea %1: la variable “%2” no está definida en el archivo (un manejador de respuesta puede definirla en el cliente de JetBrains, pero StatusScope no ejecuta manejadores).</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” is not defined in the file.</source>
        <translation>línea %1: la variable “%2” no está definida en el archivo.</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” uses itself (%3).</source>
        <translation>línea %1: la variable “%2” se usa a sí misma (%3).</translation>
    </message>
    <message>
        <source>line %1: the variable “%2” goes through more than %3 other variables.</source>
        <translation>línea %1: la variable “%2” pasa por más de %3 variables distintas.</translation>
    </message>
    <message>
        <source>line %1: {{%2}}: %3</source>
        <translation>línea %1: {{%2}}: %3</translation>
    </message>
    <message>
        <source>the offset is not “NUMBER UNIT” (y, M, w, d, h, m, s, ms).</source>
        <translation>el desplazamiento no es “NÚMERO UNIDAD” (y, M, w, d, h, m, s, ms).</translation>
    </message>
    <message>
        <source>give rfc1123 or iso8601, then an optional offset.</source>
        <translation>indique rfc1123 o iso8601, y después un desplazamiento opcional.</translation>
    </message>
    <message>
        <source>only the rfc1123 and iso8601 formats are supported, not custom formats.</source>
        <translation>solo se admiten los formatos rfc1123 e iso8601, no formatos personalizados.</translation>
    </message>
    <message>
        <source>give two whole numbers, the second larger.</source>
        <translation>indique dos números enteros, el segundo mayor.</translation>
    </message>
    <message>
        <source>give two numbers, the second larger.</source>
        <translation>indique dos números, el segundo mayor.</translation>
    </message>
    <message>
        <source>give a length from 0 to %1.</source>
        <translation>indique una longitud de 0 a %1.</translation>
    </message>
    <message>
        <source>a name taken from an environment file (%NAME) is not supported: StatusScope reads no environment files.</source>
        <translation>un nombre tomado de un archivo de entorno (%NAME) no está admitido: StatusScope no lee archivos de entorno.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set.</source>
        <translation>la variable de entorno %1 no está definida.</translation>
    </message>
    <message>
        <source>%1 is not set in the .env file next to the .http file.</source>
        <translation>%1 no está definida en el archivo .env junto al archivo .http.</translation>
    </message>
    <message>
        <source>Azure Active Directory tokens are not supported; put the token in a variable.</source>
        <translation>Los tokens de Azure Active Directory no están admitidos; ponga el token en una variable.</translation>
    </message>
    <message>
        <source>this system variable is not supported.</source>
        <translation>esta variable del sistema no está admitida.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not read: it is not plain JSON (%2; comments are not read).</source>
        <translation>%1 no se lee: no es JSON puro (%2; los comentarios no se leen).</translation>
    </message>
    <message>
        <source>%1: “%2” is not used: only text, numbers and true/false are.</source>
        <translation>%1: “%2” no se usa: solo se usan texto, números y true/false.</translation>
    </message>
    <message>
        <source>no environment file next to the file defines “%1” (http-client.env.json, http-client.private.env.json, .vscode/settings.json).</source>
        <translation>ningún archivo de entorno junto al archivo define “%1” (http-client.env.json, http-client.private.env.json, .vscode/settings.json).</translation>
    </message>
    <message>
        <source>no environment “%1”; the environment files define: %2.</source>
        <translation>no hay ningún entorno “%1”; los archivos de entorno definen: %2.</translation>
    </message>
    <message>
        <source>POST kept after a 301, 302 or 303</source>
        <translation>POST mantenido tras un 301, 302 o 303</translation>
    </message>
    <message>
        <source>the TLS versions</source>
        <translation>las versiones de TLS</translation>
    </message>
</context>
<context>
    <name>InputFiles</name>
    <message>
        <source>The URL list “%1” cannot be read: %2</source>
        <translation>No se puede leer la lista de URL “%1”: %2</translation>
    </message>
    <message>
        <source>The URL list “%1” is a folder.</source>
        <translation>La lista de URL “%1” es una carpeta.</translation>
    </message>
    <message>
        <source>Reading the URL list failed: %1</source>
        <translation>Falló la lectura de la lista de URL: %1</translation>
    </message>
    <message>
        <source>Line %1 of the URL list is not UTF-8 text.</source>
        <translation>La línea %1 de la lista de URL no es texto UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 of the URL list is longer than %2 bytes.</source>
        <translation>La línea %1 de la lista de URL ocupa más de %2 bytes.</translation>
    </message>
    <message>
        <source>The URL list is not text: line %1 holds a NUL byte, so reading stopped there.</source>
        <translation>La lista de URL no es texto: la línea %1 contiene un byte NUL, así que la lectura se detuvo ahí.</translation>
    </message>
</context>
<context>
    <name>LocationResolver</name>
    <message>
        <source>spaces or control characters around the value were removed</source>
        <translation>se quitaron espacios o caracteres de control alrededor del valor</translation>
    </message>
    <message>
        <source>tabs and line breaks inside the value were removed</source>
        <translation>se quitaron tabulaciones y saltos de línea dentro del valor</translation>
    </message>
    <message>
        <source>backslashes were read as slashes</source>
        <translation>las barras invertidas se leyeron como barras</translation>
    </message>
    <message>
        <source>“%1:” without slashes was read as a relative reference</source>
        <translation>“%1:” sin barras se leyó como referencia relativa</translation>
    </message>
    <message>
        <source>the host after “%1:” was read without slashes</source>
        <translation>el host tras “%1:” se leyó sin barras</translation>
    </message>
    <message>
        <source>extra slashes before the host were collapsed</source>
        <translation>se juntaron las barras de más antes del host</translation>
    </message>
    <message>
        <source>raw non-ASCII bytes were percent-encoded</source>
        <translation>los bytes no ASCII sin codificar se codificaron con porcentajes</translation>
    </message>
    <message>
        <source>spaces inside the value were percent-encoded</source>
        <translation>los espacios dentro del valor se codificaron con porcentajes</translation>
    </message>
    <message>
        <source>control characters inside the value were percent-encoded</source>
        <translation>los caracteres de control dentro del valor se codificaron con porcentajes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StatusScope</source>
        <translation>StatusScope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find in Catalogue</source>
        <translation>&amp;Buscar en el catálogo</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catálogo</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;About StatusScope</source>
        <translation>&amp;Acerca de StatusScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Request C&amp;onsole</source>
        <translation>C&amp;onsola de peticiones</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Edit &amp;URL</source>
        <translation>Editar &amp;URL</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Save Request…</source>
        <translation>&amp;Guardar petición…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Open HAR…</source>
        <translation>A&amp;brir HAR…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Export Chain as HAR…</source>
        <translation>&amp;Exportar cadena como HAR…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Import &amp;curl Command…</source>
        <translation>Importar comando &amp;curl…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Export Chain as HAR with C&amp;redentials…</source>
        <translation>Exportar cadena como HAR con c&amp;redenciales…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Go to Code…</source>
        <translation>Ir &amp;al código…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation>Servidor de &amp;prácticas</translation>
    </message>
    <message>
        <source>Run the built-in teaching server on 127.0.0.1 (stops with StatusScope)</source>
        <translation>Iniciar el servidor de prácticas integrado en 127.0.0.1 (se detiene con StatusScope)</translation>
    </message>
    <message>
        <source>Co&amp;mpare Codes…</source>
        <translation>Co&amp;mparar códigos…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation>&amp;Cuestionario…</translation>
    </message>
    <message>
        <source>Copy Request as curl with C&amp;redentials</source>
        <translation>Copiar petición como curl con c&amp;redenciales</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+C</source>
        <translation>Ctrl+Alt+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Copy Request as curl</source>
        <translation>&amp;Copiar petición como curl</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Audit Redirects</source>
        <translation>A&amp;uditoría de redirecciones</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
</context>
<context>
    <name>NetworkPreferences</name>
    <message>
        <source>Type the host the certificate is for, such as api.example or *.corp.example.</source>
        <translation>Escriba el host al que corresponde el certificado, como api.example o *.corp.example.</translation>
    </message>
    <message>
        <source>Type a host name, optionally with :PORT, without http:// or a path.</source>
        <translation>Escriba un nombre de host, opcionalmente con :PUERTO, sin http:// ni ruta.</translation>
    </message>
    <message>
        <source>“%1” is not a host with an optional port from 1 to 65535.</source>
        <translation>“%1” no es un host con un puerto opcional del 1 al 65535.</translation>
    </message>
    <message>
        <source>“%1”: a star may only stand first, as in *.corp.example.</source>
        <translation>“%1”: un asterisco solo puede ir al principio, como en *.corp.example.</translation>
    </message>
</context>
<context>
    <name>OriginKind</name>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>WebDAV</source>
        <translation>WebDAV</translation>
    </message>
    <message>
        <source>Experimental</source>
        <translation>Experimental</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>No oficial</translation>
    </message>
</context>
<context>
    <name>OutputTarget</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>No se puede escribir en “%1”: %2</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>El nombre de archivo está vacío.</translation>
    </message>
    <message>
        <source>descriptor %1 is not open.</source>
        <translation>el descriptor %1 no está abierto.</translation>
    </message>
    <message>
        <source>descriptor %1 is open for reading only.</source>
        <translation>el descriptor %1 está abierto solo para lectura.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>es una carpeta.</translation>
    </message>
    <message>
        <source>it is not a regular file, a pipe or a terminal.</source>
        <translation>no es un archivo normal, una tubería ni un terminal.</translation>
    </message>
    <message>
        <source>the file is read-only.</source>
        <translation>el archivo es de solo lectura.</translation>
    </message>
    <message>
        <source>its folder “%1” does not exist.</source>
        <translation>su carpeta “%1” no existe.</translation>
    </message>
    <message>
        <source>its folder “%1” is read-only.</source>
        <translation>su carpeta “%1” es de solo lectura.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir en “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Pins</name>
    <message>
        <source>--resolve “%1”: %2 It reads HOST:PORT:ADDRESS[,ADDRESS…], for example “www.example:443:203.0.113.7”.</source>
        <translation>--resolve “%1”: %2 Se escribe HOST:PORT:ADDRESS[,ADDRESS…], por ejemplo “www.example:443:203.0.113.7”.</translation>
    </message>
    <message>
        <source>removing an entry (a leading “-”) has no meaning here.</source>
        <translation>quitar una entrada (un “-” inicial) no tiene sentido aquí.</translation>
    </message>
    <message>
        <source>it needs three parts separated by colons.</source>
        <translation>necesita tres partes separadas por dos puntos.</translation>
    </message>
    <message>
        <source>the host is missing.</source>
        <translation>falta el host.</translation>
    </message>
    <message>
        <source>“%1” is not a port from 1 to 65535.</source>
        <translation>“%1” no es un puerto del 1 al 65535.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>“%1” no es una dirección IP.</translation>
    </message>
    <message>
        <source>--connect-to “%1”: %2 It reads HOST1:PORT1:HOST2:PORT2, for example “www.example:443:staging.example:8443”; an empty part means any host or port (on the left) or the request&apos;s own (on the right).</source>
        <translation>--connect-to “%1”: %2 Se escribe HOST1:PORT1:HOST2:PORT2, por ejemplo “www.example:443:staging.example:8443”; una parte vacía significa cualquier host o puerto (a la izquierda) o los de la propia petición (a la derecha).</translation>
    </message>
    <message>
        <source>it needs four parts separated by colons.</source>
        <translation>necesita cuatro partes separadas por dos puntos.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or an IP address.</source>
        <translation>“%1” no es un nombre de host ni una dirección IP.</translation>
    </message>
</context>
<context>
    <name>PlaygroundCommand</name>
    <message>
        <source>Listen on port N of 127.0.0.1 (default: any free port).</source>
        <translation>Escuchar en el puerto N de 127.0.0.1 (por defecto: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>statusscope playground: --port needs a number from 0 to 65535, not “%1”.</source>
        <translation>statusscope playground: --port necesita un número de 0 a 65535, no “%1”.</translation>
    </message>
    <message>
        <source>statusscope playground: cannot listen on 127.0.0.1:%1: %2</source>
        <translation>statusscope playground: no se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>The playground listens on %1. Try %1/status/418 or %1/redirect/3; Ctrl+C stops it.</source>
        <translation>El servidor de prácticas escucha en %1. Pruebe %1/status/418 o %1/redirect/3; Ctrl+C lo detiene.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Red</translation>
    </message>
    <message>
        <source>&amp;System proxy settings</source>
        <translation>Configuración de proxy del &amp;sistema</translation>
    </message>
    <message>
        <source>No pro&amp;xy</source>
        <translation>Sin pro&amp;xy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manual:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>SOCKS5, names resolved by the proxy</source>
        <translation>SOCKS5, nombres resueltos por el proxy</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>proxy.example or 10.0.0.1</source>
        <translation>proxy.example o 10.0.0.1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>3128</source>
        <translation>3128</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>Solo si el proxy lo pide</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Bypass the proxy &amp;for:</source>
        <translation>&amp;Omitir el proxy para:</translation>
    </message>
    <message>
        <source>localhost, .corp.example, 10.0.0.1</source>
        <translation>localhost, .corp.example, 10.0.0.1</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>Cer&amp;tificados</translation>
    </message>
    <message>
        <source>Authorities trusted as well as the system’s (your organisation’s CA):</source>
        <translation>Autoridades de confianza además de las del sistema (la CA de su organización):</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Add CA &amp;files…</source>
        <translation>Añadir &amp;archivos de CA…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Client certificates, presented to the hosts their pattern names:</source>
        <translation>Certificados de cliente, que se presentan a los hosts que nombra su patrón:</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Host &amp;pattern:</source>
        <translation>&amp;Patrón de host:</translation>
    </message>
    <message>
        <source>*.corp.example or api.example:8443</source>
        <translation>*.corp.example o api.example:8443</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>Archivo de certi&amp;ficado:</translation>
    </message>
    <message>
        <source>PEM, DER or PKCS#12 (.p12, .pfx)</source>
        <translation>PEM, DER o PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Elegir el archivo de certificado</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Archivo de c&amp;lave:</translation>
    </message>
    <message>
        <source>When the key is not in the certificate file</source>
        <translation>Cuando la clave no está en el archivo de certificado</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Elegir el archivo de clave</translation>
    </message>
    <message>
        <source>For the key or the PKCS#12 file</source>
        <translation>Para la clave o el archivo PKCS#12</translation>
    </message>
    <message>
        <source>&amp;Add client certificate</source>
        <translation>Añadir certificado de cli&amp;ente</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;HTTP version:</source>
        <translation>Versión &amp;HTTP:</translation>
    </message>
    <message>
        <source>HTTP/2 when the server offers it (default)</source>
        <translation>HTTP/2 cuando el servidor lo ofrece (predeterminado)</translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation>Solo HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/2 from the first byte (prior knowledge)</source>
        <translation>HTTP/2 desde el primer byte (conocimiento previo)</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>Tiempo límite de &amp;inactividad:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Whole chain limit:</source>
        <translation>&amp;Límite de la cadena completa:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>A request whose Options tab keeps the built-in values (30 s, no limit, and its own proxy, certificate and version unset) uses these.</source>
        <translation>Una petición cuya pestaña Opciones conserva los valores integrados (30 s, sin límite, y sin proxy, certificado ni versión propios) usa estos.</translation>
    </message>
    <message>
        <source>No keychain is available: passwords are kept until StatusScope closes.</source>
        <translation>No hay ningún llavero disponible: las contraseñas se conservan hasta que se cierre StatusScope.</translation>
    </message>
</context>
<context>
    <name>ProxySelection</name>
    <message>
        <source>The proxy “%1” is not a host name or URL; write it as host:port or http://host:port.</source>
        <translation>El proxy “%1” no es un nombre de host ni una URL; escríbalo como host:puerto o http://host:puerto.</translation>
    </message>
    <message>
        <source>Qt 6.4 cannot reach a proxy over TLS (https://); give it as http://. An https URL still goes encrypted through the proxy&apos;s CONNECT tunnel.</source>
        <translation>Qt 6.4 no puede llegar a un proxy por TLS (https://); indíquelo como http://. Una URL https sigue viajando cifrada por el túnel CONNECT del proxy.</translation>
    </message>
    <message>
        <source>Qt 6.4 speaks SOCKS version 5 only; give the proxy as socks5:// or socks5h://.</source>
        <translation>Qt 6.4 solo habla la versión 5 de SOCKS; indique el proxy como socks5:// o socks5h://.</translation>
    </message>
    <message>
        <source>The proxy scheme “%1” is not one StatusScope can use; use http://, socks5:// or socks5h://.</source>
        <translation>StatusScope no puede usar el esquema de proxy “%1”; use http://, socks5:// o socks5h://.</translation>
    </message>
    <message>
        <source>--proxy-user needs a user name before the colon: USER:PASSWORD.</source>
        <translation>--proxy-user necesita un nombre de usuario antes de los dos puntos: USER:PASSWORD.</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and port, for example http://127.0.0.1:8888.</source>
        <translation>Un proxy manual necesita un host y un puerto, por ejemplo http://127.0.0.1:8888.</translation>
    </message>
    <message>
        <source>The environment&apos;s %1 names the proxy “%2”, which cannot be used: %3 Nothing was sent (going straight to the server instead would leave the proxy out); fix the variable, or give the proxy with -x.</source>
        <translation>La variable de entorno %1 nombra el proxy «%2», que no se puede usar: %3 No se envió nada (ir directamente al servidor dejaría fuera el proxy); corrija la variable o indique el proxy con -x.</translation>
    </message>
</context>
<context>
    <name>QHttpSocketEngine</name>
    <message>
        <source>Error parsing authentication request from proxy</source>
        <translation>Error al analizar la petición de autenticación del proxy</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>What does %1 mean?</source>
        <translation>¿Qué significa %1?</translation>
    </message>
    <message>
        <source>Which status code means: “%1”</source>
        <translation>¿Qué código de estado significa: “%1”?</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>RedirectRules</name>
    <message>
        <source>A Location (%1) came with %2, which clients do not follow; the chain ends here.</source>
        <translation>Llegó una Location (%1) con %2, que los clientes no siguen; la cadena termina aquí.</translation>
    </message>
    <message>
        <source>%1 without a Location header: there is nowhere to go, so this is the final response. (Qt 6.4 drops empty header fields, so an empty Location cannot be told apart from a missing one.)</source>
        <translation>%1 sin cabecera Location: no hay adónde ir, así que esta es la respuesta final. (Qt 6.4 descarta los campos de cabecera vacíos, así que una Location vacía no se distingue de una ausente.)</translation>
    </message>
    <message>
        <source>The Location “%1” is not a URL that can be followed.</source>
        <translation>La Location “%1” no es una URL que se pueda seguir.</translation>
    </message>
    <message>
        <source>The Location was read the way browsers read it, which differs from a strict reading: %1.</source>
        <translation>La Location se leyó como la leen los navegadores, lo que difiere de una lectura estricta: %1.</translation>
    </message>
    <message>
        <source>The Location carries a user name and password (%1); they are not sent on.</source>
        <translation>La Location lleva un usuario y una contraseña (%1); no se reenvían.</translation>
    </message>
    <message>
        <source>The redirect points to a “%1:” URL; only http and https are followed, so nothing was fetched.</source>
        <translation>La redirección apunta a una URL “%1:”; solo se siguen http y https, así que no se pidió nada.</translation>
    </message>
    <message numerus="yes">
        <source>The limit of %n redirect(s) was reached; this redirect was not followed.</source>
        <translation>
            <numerusform>Se alcanzó el límite de %n redirección; esta redirección no se siguió.</numerusform>
            <numerusform>Se alcanzó el límite de %n redirecciones; esta redirección no se siguió.</numerusform>
        </translation>
    </message>
    <message>
        <source>The redirect leaves https for plain http (%1); it was not followed. Allow downgrades to continue.</source>
        <translation>La redirección pasa de https a http sin cifrar (%1); no se siguió. Permita las degradaciones para continuar.</translation>
    </message>
    <message>
        <source>%1 became GET because of %2.</source>
        <translation>%1 pasó a ser GET a causa de %2.</translation>
    </message>
    <message numerus="yes">
        <source>The %n-byte body was not sent again.</source>
        <translation>
            <numerusform>El cuerpo de %n byte no se volvió a enviar.</numerusform>
            <numerusform>El cuerpo de %n bytes no se volvió a enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n-byte body was not sent again, nor %1.</source>
        <translation>
            <numerusform>El cuerpo de %n byte no se volvió a enviar, ni %1.</numerusform>
            <numerusform>El cuerpo de %n bytes no se volvió a enviar, ni %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed from https to plain http because downgrades are allowed: what follows travels unencrypted.</source>
        <translation>Se siguió de https a http sin cifrar porque las degradaciones están permitidas: lo que sigue viaja sin cifrar.</translation>
    </message>
    <message>
        <source>%1 not sent: %2 is another origin. It stays off for the rest of the chain.</source>
        <translation>%1 no se envió: %2 es otro origen. Queda desactivado durante el resto de la cadena.</translation>
    </message>
    <message>
        <source>Redirect loop: this would send the same request as hop %1 again (same method, URL, body and cookies), so it was not sent.</source>
        <translation>Bucle de redirecciones: esto enviaría otra vez la misma petición que el salto %1 (mismo método, URL, cuerpo y cookies), así que no se envió.</translation>
    </message>
    <message>
        <source>The typed Host (%1) was not sent on: the redirect leads to another origin, which gets its own host name.</source>
        <translation>El Host escrito a mano (%1) no se reenvió: la redirección lleva a otro origen, que recibe su propio nombre de host.</translation>
    </message>
    <message numerus="yes">
        <source>POST was sent again with its %n-byte body, as asked for %1 (curl&apos;s --post%1); otherwise a %1 turns a POST into a GET.</source>
        <translation>
            <numerusform>El POST se reenvió con su cuerpo de %n byte, como se pidió para %1 (--post%1 de curl); si no, un %1 convierte un POST en GET.</numerusform>
            <numerusform>El POST se reenvió con su cuerpo de %n bytes, como se pidió para %1 (--post%1 de curl); si no, un %1 convierte un POST en GET.</numerusform>
        </translation>
    </message>
    <message>
        <source>POST was sent again, as asked for %1 (curl&apos;s --post%1); otherwise a %1 turns a POST into a GET.</source>
        <translation>El POST se reenvió, como se pidió para %1 (--post%1 de curl); si no, un %1 convierte un POST en GET.</translation>
    </message>
</context>
<context>
    <name>RedirectSemantics</name>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporal</translation>
    </message>
    <message>
        <source>%1; the method and body are kept (a POST stays a POST).</source>
        <translation>%1; el método y el cuerpo se conservan (un POST sigue siendo POST).</translation>
    </message>
    <message>
        <source>%1; clients may turn POST into GET, and browsers do.</source>
        <translation>%1; los clientes pueden convertir POST en GET, y los navegadores lo hacen.</translation>
    </message>
    <message>
        <source>%1; the next request is a GET (or HEAD), whatever the method was.</source>
        <translation>%1; la siguiente petición es GET (o HEAD), fuera cual fuera el método.</translation>
    </message>
    <message>
        <source>Not followed automatically: the chain ends here.</source>
        <translation>No se sigue automáticamente: la cadena termina aquí.</translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>The request method: pick one or type any token</source>
        <translation>El método de la petición: elija uno o escriba cualquier token</translation>
    </message>
    <message>
        <source>https://example.org/path — Enter sends</source>
        <translation>https://example.org/ruta — Intro envía</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Enviar la petición (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the running request (Esc)</source>
        <translation>Detener la petición en curso (Esc)</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>Problema en la entrada</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Cabeceras de la petición</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>Aña&amp;dir cabecera</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>C&amp;uerpo</translation>
    </message>
    <message>
        <source>Body content type</source>
        <translation>Tipo de contenido del cuerpo</translation>
    </message>
    <message>
        <source>Use text</source>
        <translation>Usar texto</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la petición</translation>
    </message>
    <message>
        <source>The request body, sent as typed</source>
        <translation>El cuerpo de la petición, enviado tal como se escribe</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opciones</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Maximum redirects</source>
        <translation>Máximo de redirecciones</translation>
    </message>
    <message>
        <source>Timeout without data, in seconds</source>
        <translation>Tiempo límite sin datos, en segundos</translation>
    </message>
    <message>
        <source>Maximum body per hop, in MiB</source>
        <translation>Máximo de cuerpo por salto, en MiB</translation>
    </message>
    <message>
        <source>The headers sent with the request: a check box switches a row off, the Secret column masks its value.</source>
        <translation>Las cabeceras enviadas con la petición: una casilla desactiva una fila y la columna Secreto oculta su valor.</translation>
    </message>
    <message>
        <source>Sets the Content-Type header of the request to match the body.</source>
        <translation>Ajusta la cabecera Content-Type de la petición según el cuerpo.</translation>
    </message>
    <message>
        <source>The text sent as the request body, byte for byte as UTF-8.</source>
        <translation>El texto que se envía como cuerpo de la petición, byte a byte en UTF-8.</translation>
    </message>
    <message>
        <source>How many redirects are followed before the chain stops.</source>
        <translation>Cuántas redirecciones se siguen antes de que la cadena se detenga.</translation>
    </message>
    <message>
        <source>A hop that sends and receives nothing for this long is given up.</source>
        <translation>Un salto que no envía ni recibe nada durante este tiempo se abandona.</translation>
    </message>
    <message>
        <source>How much of each response body is kept; the rest is not read.</source>
        <translation>Cuánto se conserva de cada cuerpo de respuesta; el resto no se lee.</translation>
    </message>
    <message>
        <source>Whole chain limit, in seconds</source>
        <translation>Límite de la cadena completa, en segundos</translation>
    </message>
    <message>
        <source>The chain is given up after this long even while data still trickles in; 0 means no limit.</source>
        <translation>La cadena se abandona tras este tiempo aunque sigan llegando datos a cuentagotas; 0 significa sin límite.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Low-speed limit, in bytes per second</source>
        <translation>Velocidad mínima, en bytes por segundo</translation>
    </message>
    <message>
        <source>A hop moving fewer bytes per second than this, on average over the time beside it, is given up; 0 means no limit.</source>
        <translation>Se abandona un salto que transfiere de media menos bytes por segundo durante el tiempo indicado al lado; 0 significa sin límite.</translation>
    </message>
    <message>
        <source>over</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>Low-speed window, in seconds</source>
        <translation>Intervalo de la velocidad mínima, en segundos</translation>
    </message>
    <message>
        <source>The time over which the low-speed limit is averaged.</source>
        <translation>El tiempo sobre el que se promedia la velocidad mínima.</translation>
    </message>
    <message>
        <source>Changed by the import</source>
        <translation>Cambiado por la importación</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Allow https → http down&amp;grades</source>
        <translation>Permitir de&amp;gradaciones https → http</translation>
    </message>
    <message>
        <source>Heade&amp;rs</source>
        <translation>&amp;Cabeceras</translation>
    </message>
    <message>
        <source>Re&amp;move header</source>
        <translation>&amp;Quitar cabecera</translation>
    </message>
    <message>
        <source>&amp;Content type:</source>
        <translation>&amp;Tipo de contenido:</translation>
    </message>
    <message>
        <source>From fi&amp;le…</source>
        <translation>&amp;Desde archivo…</translation>
    </message>
    <message>
        <source>Follo&amp;w redirects</source>
        <translation>&amp;Seguir redirecciones</translation>
    </message>
    <message>
        <source>Ma&amp;ximum redirects:</source>
        <translation>&amp;Máximo de redirecciones:</translation>
    </message>
    <message>
        <source>Timeout without data:</source>
        <translation>&amp;Tiempo límite sin datos:</translation>
    </message>
    <message>
        <source>Maximum body per hop:</source>
        <translation>Má&amp;ximo de cuerpo por salto:</translation>
    </message>
    <message>
        <source>Whole chain limit:</source>
        <translation>&amp;Límite de la cadena completa:</translation>
    </message>
    <message>
        <source>Low-speed limit:</source>
        <translation>Veloci&amp;dad mínima:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy for this request</source>
        <translation>Proxy para esta petición</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL del proxy</translation>
    </message>
    <message>
        <source>http://host:port, socks5h://host:port</source>
        <translation>http://host:puerto, socks5h://host:puerto</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Usuario del proxy</translation>
    </message>
    <message>
        <source>proxy user</source>
        <translation>usuario del proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Used for this session only: never written to the settings or the history.</source>
        <translation>Solo se usa en esta sesión: nunca se escribe en la configuración ni en el historial.</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>contraseña del proxy</translation>
    </message>
    <message>
        <source>Pinned &amp;addresses:</source>
        <translation>Direcciones &amp;fijadas:</translation>
    </message>
    <message>
        <source>Pinned addresses</source>
        <translation>Direcciones fijadas</translation>
    </message>
    <message>
        <source>Each row sends requests for a host and port to another address (as curl&apos;s --resolve) or host and port (--connect-to); the URL, the Host field and the certificate check keep the typed host.</source>
        <translation>Cada fila envía las peticiones para un host y un puerto a otra dirección (como --resolve de curl) o a otro host y puerto (--connect-to); la URL, el campo Host y la comprobación del certificado conservan el host escrito.</translation>
    </message>
    <message>
        <source>Add --resolve</source>
        <translation>Añadir --resolve</translation>
    </message>
    <message>
        <source>Connect to an IP address for a host and port</source>
        <translation>Conectar con una dirección IP para un host y un puerto</translation>
    </message>
    <message>
        <source>Add --connect-to</source>
        <translation>Añadir --connect-to</translation>
    </message>
    <message>
        <source>Connect to another host and port for a host and port</source>
        <translation>Conectar con otro host y puerto para un host y un puerto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove pinned address</source>
        <translation>Quitar la dirección fijada</translation>
    </message>
    <message>
        <source>HTTP version:</source>
        <translation>Versión HTTP:</translation>
    </message>
    <message>
        <source>HTTP version</source>
        <translation>Versión HTTP</translation>
    </message>
    <message>
        <source>Authenti&amp;cation:</source>
        <translation>Es&amp;quema de autenticación:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>The credentials StatusScope answers the server&apos;s challenge with, only to the origin typed.</source>
        <translation>Las credenciales con las que StatusScope responde al desafío del servidor, solo para el origen escrito.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>Drop these</source>
        <translation>Descartarlas</translation>
    </message>
    <message>
        <source>Use the proxy of Preferences, no proxy at all, or the proxy typed under it.</source>
        <translation>Usar el proxy de Preferencias, ningún proxy, o el proxy escrito debajo.</translation>
    </message>
    <message>
        <source>Keep POST after:</source>
        <translation>Mantener POST tras:</translation>
    </message>
    <message>
        <source>A POST answered with 301 is sent again as a POST, with its body (curl&apos;s --post301). Without this, it becomes a GET.</source>
        <translation>Un POST respondido con 301 se reenvía como POST, con su cuerpo (--post301 de curl). Sin esto, pasa a ser un GET.</translation>
    </message>
    <message>
        <source>Keep POST after 301</source>
        <translation>Mantener POST tras 301</translation>
    </message>
    <message>
        <source>A POST answered with 302 is sent again as a POST, with its body (curl&apos;s --post302). Without this, it becomes a GET.</source>
        <translation>Un POST respondido con 302 se reenvía como POST, con su cuerpo (--post302 de curl). Sin esto, pasa a ser un GET.</translation>
    </message>
    <message>
        <source>Keep POST after 302</source>
        <translation>Mantener POST tras 302</translation>
    </message>
    <message>
        <source>A POST answered with 303 is sent again as a POST, with its body (curl&apos;s --post303). Without this, it becomes a GET.</source>
        <translation>Un POST respondido con 303 se reenvía como POST, con su cuerpo (--post303 de curl). Sin esto, pasa a ser un GET.</translation>
    </message>
    <message>
        <source>Keep POST after 303</source>
        <translation>Mantener POST tras 303</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>Límite de conexión:</translation>
    </message>
    <message>
        <source>Connect timeout, in seconds</source>
        <translation>Límite de conexión, en segundos</translation>
    </message>
    <message>
        <source>A hop not connected within this long, its TLS handshake included, is given up (curl&apos;s --connect-timeout); 0 means only the timeout without data applies.</source>
        <translation>Un salto no conectado en este tiempo, negociación TLS incluida, se abandona (--connect-timeout de curl); 0 significa que solo rige el límite sin datos.</translation>
    </message>
    <message>
        <source>A hop not connected within this long, its TLS handshake included, is given up (curl&apos;s --connect-timeout).</source>
        <translation>Un salto no conectado en este tiempo, negociación TLS incluida, se abandona (--connect-timeout de curl).</translation>
    </message>
    <message>
        <source>All Notes…</source>
        <translation>Todas las notas…</translation>
    </message>
    <message>
        <source>Every note on the pasted curl command: what was not applied, and what was read differently</source>
        <translation>Todas las notas sobre la orden curl pegada: lo que no se aplicó y lo que se leyó de otra forma</translation>
    </message>
</context>
<context>
    <name>RequestEngine</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>Qt sent this request %n times by itself before a response arrived; the server may have seen it more than once.</source>
        <translation>
            <numerusform>Qt envió esta petición %n vez por sí mismo antes de que llegara una respuesta; puede que el servidor la haya visto más de una vez.</numerusform>
            <numerusform>Qt envió esta petición %n veces por sí mismo antes de que llegara una respuesta; puede que el servidor la haya visto más de una vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate was accepted although it is not valid: %1</source>
        <translation>Se aceptó el certificado aunque no es válido: %1</translation>
    </message>
    <message>
        <source>Cancelled during hop %1.</source>
        <translation>Cancelado durante el salto %1.</translation>
    </message>
    <message>
        <source>Timed out: hop %1 made no progress for %2 s.</source>
        <translation>Tiempo agotado: el salto %1 no avanzó durante %2 s.</translation>
    </message>
    <message>
        <source>Timed out: the chain did not finish within %1 s.</source>
        <translation>Tiempo agotado: la cadena no terminó en %1 s.</translation>
    </message>
    <message>
        <source>Timed out during hop %1.</source>
        <translation>Tiempo agotado durante el salto %1.</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing is listening there.</source>
        <translation>%1 rechazó la conexión: no hay nada escuchando ahí.</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved.</source>
        <translation>No se pudo resolver el nombre de host “%1”.</translation>
    </message>
    <message>
        <source>Timed out waiting for %1.</source>
        <translation>Tiempo agotado esperando a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 gave no valid HTTP response: it sent something that is not HTTP, or closed the connection before answering. Qt sent the request %n times.</source>
        <translation>
            <numerusform>%1 no dio una respuesta HTTP válida: envió algo que no es HTTP, o cerró la conexión antes de responder. Qt envió la petición %n vez.</numerusform>
            <numerusform>%1 no dio una respuesta HTTP válida: envió algo que no es HTTP, o cerró la conexión antes de responder. Qt envió la petición %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection without sending a response.</source>
        <translation>%1 cerró la conexión sin enviar una respuesta.</translation>
    </message>
    <message>
        <source>%1 sent a response that is not valid HTTP.</source>
        <translation>%1 envió una respuesta que no es HTTP válido.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Falló la petición a %1: %2</translation>
    </message>
    <message>
        <source>The status line arrived, but Qt 6.4 could not read the header section: more than 100 fields, a field of over 100 KB, or a line without a colon. The status alone is not the server&apos;s answer.</source>
        <translation>La línea de estado llegó, pero Qt 6.4 no pudo leer la sección de cabeceras: más de 100 campos, un campo de más de 100 KB o una línea sin dos puntos. El estado por sí solo no es la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Hop %1 sent headers Qt 6.4 cannot read; gave up after %2 s.</source>
        <translation>El salto %1 envió cabeceras que Qt 6.4 no puede leer; se abandonó tras %2 s.</translation>
    </message>
    <message>
        <source>Expect: 100-continue was sent, but Qt 6.4 does not wait for the server&apos;s 100 Continue: the body went out with the request head, and an interim 100 is skipped.</source>
        <translation>Se envió Expect: 100-continue, pero Qt 6.4 no espera el 100 Continue del servidor: el cuerpo salió junto con la cabecera de la petición y un 100 provisional se omite.</translation>
    </message>
    <message>
        <source>Nothing was sent: the request engine has no network access.</source>
        <translation>No se envió nada: el motor de peticiones no tiene acceso a la red.</translation>
    </message>
    <message>
        <source>The cookie “%1” was refused: %2. It is not sent on later hops.</source>
        <translation>Se rechazó la cookie “%1”: %2. No se envía en los saltos siguientes.</translation>
    </message>
    <message>
        <source>The %1 body of hop %2 could not be decoded: %3.</source>
        <translation>No se pudo descodificar el cuerpo del salto %2, codificado con %1: %3.</translation>
    </message>
    <message>
        <source>Too slow: hop %1 moved %2 in the last %3 s, under the limit of %4 per second.</source>
        <translation>Demasiado lento: el salto %1 transfirió %2 en los últimos %3 s, por debajo del límite de %4 por segundo.</translation>
    </message>
    <message>
        <source>The body was cut at the limit of %1; the rest was not read.</source>
        <translation>El cuerpo se cortó en el límite de %1; el resto no se leyó.</translation>
    </message>
    <message>
        <source>The body of hop %1 was cut at the limit of %2; the rest was not read.</source>
        <translation>El cuerpo del salto %1 se cortó en el límite de %2; el resto no se leyó.</translation>
    </message>
    <message>
        <source>The server closed the connection after %1 of the body.</source>
        <translation>El servidor cerró la conexión tras %1 del cuerpo.</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of the body of hop %1, after %2.</source>
        <translation>El servidor cerró la conexión a mitad del cuerpo del salto %1, tras %2.</translation>
    </message>
    <message>
        <source>HTTP/2 with prior knowledge through a pin: Qt 6.4 names the address %1 in :authority instead of %2, so a server that tells its sites apart by name may answer for another one.</source>
        <translation>HTTP/2 con conocimiento previo hacia una dirección fijada: Qt 6.4 pone la dirección %1 en :authority en lugar de %2, así que un servidor que distingue sus sitios por el nombre puede responder por otro.</translation>
    </message>
    <message>
        <source>Sent over HTTP/1.1: through a pin, Qt 6.4 would name the address %1 instead of %2 in HTTP/2&apos;s :authority, while HTTP/1.1 keeps the Host field right.</source>
        <translation>Enviado por HTTP/1.1: hacia una dirección fijada, Qt 6.4 pondría la dirección %1 en lugar de %2 en el :authority de HTTP/2, mientras que HTTP/1.1 mantiene correcto el campo Host.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for credentials; give them with --proxy-user USER:PASSWORD.</source>
        <translation>El proxy %1 pide credenciales; indíquelas con --proxy-user USER:PASSWORD.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the credentials of user “%2” (--proxy-user).</source>
        <translation>El proxy %1 rechazó las credenciales del usuario “%2” (--proxy-user).</translation>
    </message>
    <message>
        <source>The SOCKS proxy %1 asks for a user name and password; give them with --proxy-user USER:PASSWORD.</source>
        <translation>El proxy SOCKS %1 pide un nombre de usuario y una contraseña; indíquelos con --proxy-user USER:PASSWORD.</translation>
    </message>
    <message>
        <source>The proxy %1 asked for credentials before opening a tunnel to %2 (Qt 6.4 does not show its 407 answer); give them with --proxy-user USER:PASSWORD.</source>
        <translation>El proxy %1 pidió credenciales antes de abrir un túnel hacia %2 (Qt 6.4 no muestra su respuesta 407); indíquelas con --proxy-user USER:PASSWORD.</translation>
    </message>
    <message>
        <source>Connection refused by the proxy %1: nothing is listening there.</source>
        <translation>El proxy %1 rechazó la conexión: no hay nada escuchando ahí.</translation>
    </message>
    <message>
        <source>The proxy %1 could not be found: its host name does not resolve.</source>
        <translation>No se encontró el proxy %1: su nombre de host no se resuelve.</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before %2 answered.</source>
        <translation>El proxy %1 cerró la conexión antes de que %2 respondiera.</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time.</source>
        <translation>El proxy %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The proxy %1 did not open a way to %2 (Qt 6.4 says “%3”): it is not listening, or could not reach the server.</source>
        <translation>El proxy %1 no abrió un camino hacia %2 (Qt 6.4 dice “%3”): no está escuchando o no pudo llegar al servidor.</translation>
    </message>
    <message>
        <source>The proxy %1 did not open a way to %2 (Qt 6.4 says “%3”): it is not listening, could not reach the server, or refused the credentials of user “%4” (--proxy-user).</source>
        <translation>El proxy %1 no abrió un camino hacia %2 (Qt 6.4 dice “%3”): no está escuchando, no pudo llegar al servidor o rechazó las credenciales del usuario “%4” (--proxy-user).</translation>
    </message>
    <message>
        <source>The proxy %1 could not resolve the host name “%2”.</source>
        <translation>El proxy %1 no pudo resolver el nombre de host “%2”.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed. %2</source>
        <translation>Falló el saludo TLS con %1. %2</translation>
    </message>
    <message>
        <source>Proxy-Authorization was not sent: this hop goes to the server without a proxy, and the field is for a proxy only.</source>
        <translation>Proxy-Authorization no se envió: este salto va al servidor sin proxy, y ese campo es solo para un proxy.</translation>
    </message>
    <message>
        <source>Proxy-Authorization was not sent: this hop goes to the server through a tunnel of %1, which would have handed the field to the server; give the proxy&apos;s credentials with --proxy-user.</source>
        <translation>Proxy-Authorization no se envió: este salto va al servidor por un túnel de %1, que habría entregado ese campo al servidor; indique las credenciales del proxy con --proxy-user.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: --connect-to sends it to %2, which curl does through a tunnel of the proxy %3, while Qt 6.4 opens tunnels for https only and the proxy would take the address for the site. Use an https URL, a SOCKS proxy, or --noproxy %4.</source>
        <translation>No se envió nada a %1: --connect-to lo envía a %2, lo que curl hace por un túnel del proxy %3, mientras que Qt 6.4 solo abre túneles para https y el proxy tomaría la dirección por el sitio. Use una URL https, un proxy SOCKS o --noproxy %4.</translation>
    </message>
    <message>
        <source>The --resolve pin to %1 was not used: the proxy %2 looks up “%3” itself, as with curl; --connect-to asks it for the address instead.</source>
        <translation>La fijación --resolve a %1 no se usó: el proxy %2 resuelve “%3” por sí mismo, como en curl; --connect-to le pide la dirección en su lugar.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connecting to %1 failed (%2); tried %3, the next address --resolve gives for %4.</source>
        <translation>La conexión a %1 falló (%2); se probó %3, la siguiente dirección que --resolve indica para %4.</translation>
    </message>
    <message>
        <source>Could not connect to %1 at the address it is pinned to: %2.</source>
        <translation>No se pudo conectar con %1 en la dirección a la que está fijado: %2.</translation>
    </message>
    <message>
        <source>Could not connect to %1 at any of the %2 addresses --resolve gives for it: %3.</source>
        <translation>No se pudo conectar con %1 en ninguna de las %2 direcciones que --resolve indica para él: %3.</translation>
    </message>
    <message>
        <source>%1 (realm “%2”)</source>
        <translation>%1 (realm “%2”)</translation>
    </message>
    <message>
        <source>Digest sent ahead to the proxy %1 for user %2 with the nonce from hop %3&apos;s 407 (nonce count %4).</source>
        <translation>Digest enviado por adelantado al proxy %1 para el usuario %2 con el nonce del 407 del salto %3 (nonce count %4).</translation>
    </message>
    <message>
        <source>The proxy %1 refused the Proxy-Authorization field typed.</source>
        <translation>El proxy %1 rechazó el campo Proxy-Authorization escrito.</translation>
    </message>
    <message>
        <source>The proxy&apos;s 407 said the nonce had expired (stale=true), not that the credentials were wrong; answered again with its new nonce, user %1.</source>
        <translation>El 407 del proxy indicó que el nonce había caducado (stale=true), no que las credenciales fueran incorrectas; se respondió de nuevo con su nonce nuevo, usuario %1.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the %2 credentials of user “%3” (--proxy-user): 407 again. They are not sent a second time.</source>
        <translation>El proxy %1 rechazó las credenciales %2 del usuario “%3” (--proxy-user): otro 407. No se envían una segunda vez.</translation>
    </message>
    <message>
        <source>It asks for %1; --proxy-user answers Basic and Digest only.</source>
        <translation>Pide %1; --proxy-user solo responde a Basic y Digest.</translation>
    </message>
    <message>
        <source>Digest could not be answered: %1.</source>
        <translation>No se pudo responder a Digest: %1.</translation>
    </message>
    <message>
        <source>The proxy&apos;s 407 asked for Digest; answered with user %1 (%2, realm “%3”).</source>
        <translation>El 407 del proxy pedía Digest; se respondió con el usuario %1 (%2, realm “%3”).</translation>
    </message>
    <message>
        <source>The proxy %1 was reached at %2, the address --resolve gives for it.</source>
        <translation>Se llegó al proxy %1 en %2, la dirección que --resolve indica para él.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the credentials of user “%2” (--proxy-user) for the tunnel to %3. Qt 6.4 answers a tunnel&apos;s 407 itself, once: a Digest nonce the proxy calls expired (stale=true) ends it too.</source>
        <translation>El proxy %1 rechazó las credenciales del usuario “%2” (--proxy-user) para el túnel hacia %3. Qt 6.4 responde él mismo, una sola vez, al 407 de un túnel: un nonce Digest que el proxy declara caducado (stale=true) también lo termina.</translation>
    </message>
    <message>
        <source>The proxy %1 asked for credentials for the tunnel to %2 in a way Qt 6.4 cannot answer: Qt 6.4 answers a tunnel&apos;s request for credentials with Basic or Digest MD5 only (not Digest SHA-256), where StatusScope cannot step in. Plain http through the same proxy is answered with either.</source>
        <translation>El proxy %1 pidió credenciales para el túnel hacia %2 de una forma a la que Qt 6.4 no puede responder: Qt 6.4 responde a la petición de credenciales de un túnel solo con Basic o Digest MD5 (no Digest SHA-256), y StatusScope no puede intervenir ahí. El http sin cifrar a través del mismo proxy se responde con cualquiera de los dos.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate and none was given: add one for this host (Edit → Preferences → Certificates in the window; --cert FILE, with --key FILE or --cert-type P12, on the command line).</source>
        <translation>El servidor pidió un certificado de cliente y no se indicó ninguno: añada uno para este host (Editar → Preferencias → Certificados en la ventana; --cert FILE, con --key FILE o --cert-type P12, en la línea de órdenes).</translation>
    </message>
    <message>
        <source>Timed out: could not connect to %1 within the connect timeout of %2 s.</source>
        <translation>Tiempo agotado: no se pudo conectar a %1 dentro del límite de conexión de %2 s.</translation>
    </message>
    <message>
        <source>The path was sent as %1, not %2: Qt 6.4 removes “.” and “..” segments before sending (curl does too, unless --path-as-is).</source>
        <translation>La ruta se envió como %1, no %2: Qt 6.4 quita los segmentos «.» y «..» antes de enviar (curl también, salvo con --path-as-is).</translation>
    </message>
    <message>
        <source>No header field was read from this response: either the server sent none, or Qt 6.4 could not read its header section (more than 100 fields, a field of over 100 KB, a line without a colon) and dropped it. Servers nearly always send some (Date, Content-Length).</source>
        <translation>No se leyó ningún campo de cabecera de esta respuesta: o el servidor no envió ninguno, o Qt 6.4 no pudo leer su sección de cabeceras (más de 100 campos, un campo de más de 100 KB, una línea sin dos puntos) y la descartó. Los servidores casi siempre envían alguno (Date, Content-Length).</translation>
    </message>
</context>
<context>
    <name>RequestValidation</name>
    <message>
        <source>a carriage return (CR)</source>
        <translation>un retorno de carro (CR)</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>un salto de línea (LF)</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>un byte NUL</translation>
    </message>
    <message>
        <source>a DEL character</source>
        <translation>un carácter DEL</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>the control character 0x%1</source>
        <translation>el carácter de control 0x%1</translation>
    </message>
    <message>
        <source>the character “%1”</source>
        <translation>el carácter “%1”</translation>
    </message>
    <message>
        <source>The method is empty.</source>
        <translation>El método está vacío.</translation>
    </message>
    <message>
        <source>The method “%1” contains %2; a method is a token such as GET or PURGE.</source>
        <translation>El método “%1” contiene %2; un método es un token como GET o PURGE.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>La URL está vacía.</translation>
    </message>
    <message>
        <source>The URL has no scheme; start it with http:// or https://.</source>
        <translation>La URL no tiene esquema; empiécela con http:// o https://.</translation>
    </message>
    <message>
        <source>Only http and https URLs can be requested, not “%1:”.</source>
        <translation>Solo se pueden pedir URL http y https, no “%1:”.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>La URL no tiene nombre de host.</translation>
    </message>
    <message>
        <source>A header has an empty name.</source>
        <translation>Una cabecera tiene el nombre vacío.</translation>
    </message>
    <message>
        <source>The header name “%1” contains %2; names are tokens such as X-Request-Id.</source>
        <translation>El nombre de cabecera “%1” contiene %2; los nombres son tokens como X-Request-Id.</translation>
    </message>
    <message>
        <source>The value of header “%1” contains %2, which would break the request apart.</source>
        <translation>El valor de la cabecera “%1” contiene %2, que partiría la petición.</translation>
    </message>
    <message>
        <source>The redirect limit cannot be negative.</source>
        <translation>El límite de redirecciones no puede ser negativo.</translation>
    </message>
    <message>
        <source>The body limit must be positive.</source>
        <translation>El límite de cuerpo debe ser positivo.</translation>
    </message>
    <message>
        <source>“%1” is not a header; write it as Name: value.</source>
        <translation>“%1” no es una cabecera; escríbala como Nombre: valor.</translation>
    </message>
    <message>
        <source>Transfer-Encoding cannot be typed: Qt 6.4 sends the body whole, with a Content-Length, so the server would be told of a framing the body does not have. Leave it out.</source>
        <translation>Transfer-Encoding no se puede escribir a mano: Qt 6.4 envía el cuerpo entero, con un Content-Length, así que al servidor se le anunciaría una delimitación que el cuerpo no tiene. Quite esa cabecera.</translation>
    </message>
    <message>
        <source>Content-Length “%1” is not a number of bytes. Leave it out: the right one is sent by itself.</source>
        <translation>Content-Length “%1” no es un número de bytes. Quite la cabecera: la correcta se envía automáticamente.</translation>
    </message>
    <message>
        <source>Content-Length: %1 was typed, but the request has no body: the server would wait for bytes that never come. Leave it out, or add a body.</source>
        <translation>Se escribió a mano Content-Length: %1, pero la petición no tiene cuerpo: el servidor esperaría bytes que nunca llegan. Quite la cabecera o añada un cuerpo.</translation>
    </message>
    <message numerus="yes">
        <source>Content-Length: %1 does not match the body, which is %n byte(s): Qt 6.4 would cut the body or replace the value without a word. Leave it out: the right one is sent by itself.</source>
        <translation>
            <numerusform>Content-Length: %1 no coincide con el cuerpo, que ocupa %n byte: Qt 6.4 cortaría el cuerpo o sustituiría el valor sin avisar. Quite la cabecera: la correcta se envía automáticamente.</numerusform>
            <numerusform>Content-Length: %1 no coincide con el cuerpo, que ocupa %n bytes: Qt 6.4 cortaría el cuerpo o sustituiría el valor sin avisar. Quite la cabecera: la correcta se envía automáticamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The typed Host “%1” is not a host name with an optional port.</source>
        <translation>El Host escrito a mano “%1” no es un nombre de host con un puerto opcional.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>A form POST should leave the browser on a result page that it fetches with GET, so a reload does not submit the form again. Which status?</source>
        <translation>Un POST de formulario debe dejar al navegador en una página de resultado que obtiene con GET, para que recargar no vuelva a enviar el formulario. ¿Qué estado?</translation>
    </message>
    <message>
        <source>303 See Other tells the client to GET the other URI whatever the method was; 307 and 308 would repeat the POST.</source>
        <translation>303 See Other indica al cliente que pida la otra URI con GET, fuera cual fuera el método; 307 y 308 repetirían el POST.</translation>
    </message>
    <message>
        <source>An API moved for good to a new path and clients must keep sending their POST bodies there. Which status?</source>
        <translation>Una API se ha trasladado para siempre a una ruta nueva y los clientes deben seguir enviando allí sus cuerpos POST. ¿Qué estado?</translation>
    </message>
    <message>
        <source>308 Permanent Redirect is permanent and keeps the method and body; a 301 may turn the POST into a GET.</source>
        <translation>308 Permanent Redirect es permanente y conserva el método y el cuerpo; un 301 puede convertir el POST en GET.</translation>
    </message>
    <message>
        <source>A request carries no credentials at all, and the resource needs a signed-in user. Which status?</source>
        <translation>Una petición no lleva ninguna credencial y el recurso necesita un usuario identificado. ¿Qué estado?</translation>
    </message>
    <message>
        <source>401 Unauthorized means &quot;authenticate first&quot; and comes with WWW-Authenticate; 403 is for a known user who may not do this.</source>
        <translation>401 Unauthorized significa «identifíquese primero» y llega con WWW-Authenticate; 403 es para un usuario conocido que no puede hacer esto.</translation>
    </message>
    <message>
        <source>A signed-in user asks to delete another user&apos;s account, which only administrators may do. Which status?</source>
        <translation>Un usuario identificado pide borrar la cuenta de otro, algo que solo pueden hacer los administradores. ¿Qué estado?</translation>
    </message>
    <message>
        <source>403 Forbidden: the server knows who is asking and refuses; signing in again would not help, so 401 is wrong.</source>
        <translation>403 Forbidden: el servidor sabe quién pide y se niega; volver a identificarse no ayudaría, así que 401 es incorrecto.</translation>
    </message>
    <message>
        <source>An article was taken down on purpose and will never come back. Which status says so most precisely?</source>
        <translation>Un artículo se retiró a propósito y no volverá nunca. ¿Qué estado lo dice con más precisión?</translation>
    </message>
    <message>
        <source>410 Gone says the removal is deliberate and permanent, so links and caches can forget it; 404 only says nothing is there now.</source>
        <translation>410 Gone dice que la retirada es deliberada y permanente, así que enlaces y cachés pueden olvidarla; 404 solo dice que ahora no hay nada.</translation>
    </message>
    <message>
        <source>A JSON body parses fine, but its end date lies before its start date. Which status?</source>
        <translation>Un cuerpo JSON se analiza sin problemas, pero su fecha de fin es anterior a la de inicio. ¿Qué estado?</translation>
    </message>
    <message>
        <source>422 Unprocessable Content: the syntax is right but the content cannot be processed; 400 is for a request the server cannot even read.</source>
        <translation>422 Unprocessable Content: la sintaxis es correcta pero el contenido no se puede procesar; 400 es para una petición que el servidor ni siquiera puede leer.</translation>
    </message>
    <message>
        <source>A client sent too many requests this minute and should wait before trying again. Which status?</source>
        <translation>Un cliente ha enviado demasiadas peticiones este minuto y debe esperar antes de reintentar. ¿Qué estado?</translation>
    </message>
    <message>
        <source>429 Too Many Requests is about this client&apos;s rate, usually with Retry-After; 503 means the whole service is unavailable.</source>
        <translation>429 Too Many Requests trata del ritmo de este cliente, normalmente con Retry-After; 503 significa que todo el servicio no está disponible.</translation>
    </message>
    <message>
        <source>A reverse proxy got a garbled, unparsable answer from the application server behind it. Which status?</source>
        <translation>Un proxy inverso recibió una respuesta ilegible y corrupta del servidor de aplicaciones que tiene detrás. ¿Qué estado?</translation>
    </message>
    <message>
        <source>502 Bad Gateway: the upstream answered, but badly; 504 would mean it did not answer in time.</source>
        <translation>502 Bad Gateway: el servidor de origen respondió, pero mal; 504 significaría que no respondió a tiempo.</translation>
    </message>
    <message>
        <source>An upload was accepted and will be processed later by a background job. Which status?</source>
        <translation>Una subida se aceptó y la procesará más tarde una tarea en segundo plano. ¿Qué estado?</translation>
    </message>
    <message>
        <source>202 Accepted: the work is queued, not done; 201 would claim the resource already exists.</source>
        <translation>202 Accepted: el trabajo está en cola, no hecho; 201 afirmaría que el recurso ya existe.</translation>
    </message>
    <message>
        <source>A client&apos;s cached copy is still current (its If-None-Match ETag matches). Which status?</source>
        <translation>La copia en caché de un cliente sigue vigente (su ETag de If-None-Match coincide). ¿Qué estado?</translation>
    </message>
    <message>
        <source>304 Not Modified tells the client to reuse its stored copy, without a body; 412 is for a failed precondition on a change.</source>
        <translation>304 Not Modified indica al cliente que reutilice su copia guardada, sin cuerpo; 412 es para una condición previa fallida en un cambio.</translation>
    </message>
</context>
<context>
    <name>StatusClass</name>
    <message>
        <source>Informational</source>
        <translation>Informativa</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <source>Client Error</source>
        <translation>Error del cliente</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Outside the standard range</source>
        <translation>Fuera del rango estándar</translation>
    </message>
</context>
<context>
    <name>StatusDetail</name>
    <message>
        <source>Not registered</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>temporary registration</source>
        <translation>registro provisional</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservado</translation>
    </message>
    <message>
        <source>obsoleted</source>
        <translation>obsoleto</translation>
    </message>
    <message>
        <source>%1, as “%2”</source>
        <translation>%1, como “%2”</translation>
    </message>
    <message>
        <source>Select a status code to read what it means.</source>
        <translation>Seleccione un código de estado para leer qué significa.</translation>
    </message>
    <message>
        <source>Deprecated: do not use it in new work.</source>
        <translation>Obsoleto: no lo use en trabajos nuevos.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>IANA registry</source>
        <translation>Registro IANA</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>También llamado</translation>
    </message>
    <message>
        <source>Cacheable by default</source>
        <translation>Almacenable en caché por defecto</translation>
    </message>
    <message>
        <source>Yes: caches may store it without explicit freshness headers.</source>
        <translation>Sí: las cachés pueden guardarlo sin cabeceras explícitas de frescura.</translation>
    </message>
    <message>
        <source>No: only with explicit caching headers.</source>
        <translation>No: solo con cabeceras de caché explícitas.</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Especificación</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Códigos relacionados</translation>
    </message>
    <message>
        <source>Other meanings of this number</source>
        <translation>Otros significados de este número</translation>
    </message>
    <message>
        <source>The %1 class</source>
        <translation>La clase %1</translation>
    </message>
    <message numerus="yes">
        <source>Met %n time(s) in the request console this session.</source>
        <translation>
            <numerusform>Visto %n vez en la consola de peticiones en esta sesión.</numerusform>
            <numerusform>Visto %n veces en la consola de peticiones en esta sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try it live</source>
        <translation>Probarlo en vivo</translation>
    </message>
    <message>
        <source>— the built-in playground answers a real %1 in the console.</source>
        <translation>— el servidor de prácticas integrado responde un %1 real en la consola.</translation>
    </message>
    <message>
        <source>Typical use</source>
        <translation>Uso típico</translation>
    </message>
    <message>
        <source>Common misuse</source>
        <translation>Uso indebido habitual</translation>
    </message>
    <message>
        <source>(English)</source>
        <translation>(inglés)</translation>
    </message>
    <message>
        <source>Widely repeated, no primary source: %1</source>
        <translation>Muy repetido, sin fuente primaria: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>también %1</translation>
    </message>
    <message>
        <source>In code</source>
        <translation>En el código</translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::CatalogueModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::ChainModel</name>
    <message>
        <source>waiting…</source>
        <translation>esperando…</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Status %1, %2</source>
        <translation>Estado %1, %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::HeaderTableModel</name>
    <message>
        <source>This header has a value but no name.</source>
        <translation>Esta cabecera tiene un valor pero no un nombre.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
</context>
<context>
    <name>StatusScope::Core::RequestSession</name>
    <message>
        <source>Nothing was sent: the request was cancelled while its password was asked for.</source>
        <translation>No se envió nada: la petición se canceló mientras se pedía su contraseña.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::AppController</name>
    <message>
        <source>Opening %1 was cancelled; nothing changed.</source>
        <translation>Se canceló la apertura de %1; no cambió nada.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no requests.</source>
        <translation>%1 no contiene peticiones.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n chain(s)</source>
        <translation>
            <numerusform>%1: %n cadena</numerusform>
            <numerusform>%1: %n cadenas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n entry(ies) skipped: %1</source>
        <translation>
            <numerusform>; %n entrada omitida: %1</numerusform>
            <numerusform>; %n entradas omitidas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chain to export yet: send a request first.</source>
        <translation>Todavía no hay ninguna cadena que exportar: envíe primero una petición.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved the chain to %1, credentials included.</source>
        <translation>Cadena guardada en %1, con las credenciales.</translation>
    </message>
    <message>
        <source>Saved the chain to %1 (credentials masked).</source>
        <translation>Cadena guardada en %1 (credenciales ocultas).</translation>
    </message>
    <message>
        <source>The request cannot be saved: %1</source>
        <translation>No se puede guardar la petición: %1</translation>
    </message>
    <message>
        <source>History is off, so requests cannot be saved.</source>
        <translation>El historial está desactivado, así que no se pueden guardar peticiones.</translation>
    </message>
    <message>
        <source>The request could not be saved: %1</source>
        <translation>No se pudo guardar la petición: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Guardada “%1”.</translation>
    </message>
    <message>
        <source>Nothing to copy: %1</source>
        <translation>Nada que copiar: %1</translation>
    </message>
    <message>
        <source>Copied the request as a curl command.</source>
        <translation>Petición copiada como comando curl.</translation>
    </message>
    <message>
        <source>Copied the request as a curl command with its credentials masked (••••). Edit → Copy Request as curl with Credentials copies them as typed.</source>
        <translation>Petición copiada como comando curl con las credenciales ocultas (••••). Editar → Copiar petición como curl con credenciales las copia tal como se escribieron.</translation>
    </message>
    <message>
        <source>Copied the request as a curl command; it holds masked credentials (••••) from the history, which must be typed again.</source>
        <translation>Petición copiada como comando curl; contiene credenciales ocultas (••••) del historial, que hay que volver a escribir.</translation>
    </message>
    <message>
        <source>Copied the request as a curl command, credentials included: anyone who sees the clipboard can use them.</source>
        <translation>Petición copiada como comando curl, con las credenciales: cualquiera que vea el portapapeles puede usarlas.</translation>
    </message>
    <message>
        <source>The playground could not start: %1</source>
        <translation>El servidor de prácticas no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>history is off, so nothing can be saved.</source>
        <translation>el historial está desactivado, así que no se puede guardar nada.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) saved in the folder “%2”</source>
        <translation>
            <numerusform>%1: %n petición guardada en la carpeta “%2”</numerusform>
            <numerusform>%1: %n peticiones guardadas en la carpeta “%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused</source>
        <translation>
            <numerusform>; %n rechazada</numerusform>
            <numerusform>; %n rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>history is off, so there is no saved folder.</source>
        <translation>el historial está desactivado, así que no hay ninguna carpeta guardada.</translation>
    </message>
    <message>
        <source>The folder could not be exported: %1</source>
        <translation>No se pudo exportar la carpeta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n request(s) of “%1” to %2</source>
        <translation>
            <numerusform>Se guardó %n petición de “%1” en %2</numerusform>
            <numerusform>Se guardaron %n peticiones de “%1” en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; left out: %1</source>
        <translation>; omitido: %1</translation>
    </message>
    <message>
        <source>; masked credentials (••••) must be typed again</source>
        <translation>; las credenciales ocultas (••••) deben volver a escribirse</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::AuditPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The chain could not be fetched again: %1</source>
        <translation>No se pudo volver a obtener la cadena: %1</translation>
    </message>
    <message>
        <source>Choose a file to audit first.</source>
        <translation>Elija primero un archivo que auditar.</translation>
    </message>
    <message>
        <source>Paste a list of URLs or a redirect map first.</source>
        <translation>Pegue primero una lista de URL o un mapa de redirecciones.</translation>
    </message>
    <message>
        <source>Type the address of a sitemap first.</source>
        <translation>Escriba primero la dirección de un sitemap.</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Todos los hosts</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message numerus="yes">
        <source>Paused after %n rows; chains already sent still end.</source>
        <translation>
            <numerusform>En pausa tras %n fila; las cadenas ya enviadas siguen hasta terminar.</numerusform>
            <numerusform>En pausa tras %n filas; las cadenas ya enviadas siguen hasta terminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has a problem: there is nothing to re-run.</source>
        <translation>Ninguna fila tiene problemas: no hay nada que repetir.</translation>
    </message>
    <message numerus="yes">
        <source>Running again the %n rows with a problem.</source>
        <translation>
            <numerusform>Volviendo a ejecutar %n fila con algún problema.</numerusform>
            <numerusform>Volviendo a ejecutar las %n filas con algún problema.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 rows/s</source>
        <translation> · %1 filas/s</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · faltan unos %1</translation>
    </message>
    <message>
        <source>%1 matched, %2 mismatched (%3 with errors), of %4 rows.</source>
        <translation>%1 coinciden, %2 no coinciden (%3 con errores), de %4 filas.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n rows (%1).</source>
        <translation>
            <numerusform>Cancelado tras %n fila (%1).</numerusform>
            <numerusform>Cancelado tras %n filas (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n rows in %1.</source>
        <translation>
            <numerusform>Terminado: %n fila en %1.</numerusform>
            <numerusform>Terminado: %n filas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as chosen.</source>
        <translation>Leído según lo elegido.</translation>
    </message>
    <message>
        <source>The kind is guessed from what the URL sends.</source>
        <translation>El formato se deduce de lo que envía la URL.</translation>
    </message>
    <message>
        <source>The kind is guessed from the file’s first lines.</source>
        <translation>El formato se deduce de las primeras líneas del archivo.</translation>
    </message>
    <message>
        <source>The kind is guessed from the first lines.</source>
        <translation>El formato se deduce de las primeras líneas.</translation>
    </message>
    <message>
        <source>Open a list, a redirect map or a sitemap</source>
        <translation>Abrir una lista, un mapa de redirecciones o un sitemap</translation>
    </message>
    <message>
        <source>Lists, maps and sitemaps (*.txt *.csv *.tsv *.xml *.gz);;All files (*)</source>
        <translation>Listas, mapas y sitemaps (*.txt *.csv *.tsv *.xml *.gz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export with credentials</source>
        <translation>Exportar con credenciales</translation>
    </message>
    <message>
        <source>The file will hold Authorization headers and cookies in clear text. Anyone who gets the file can use them. Export anyway?</source>
        <translation>El archivo contendrá las cabeceras Authorization y las cookies en texto claro. Cualquiera que obtenga el archivo podrá usarlas. ¿Exportar de todos modos?</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Exportar la auditoría</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows to %1 (CSV).</source>
        <translation>
            <numerusform>Se guardó %n fila en %1 (CSV).</numerusform>
            <numerusform>Se guardaron %n filas en %1 (CSV).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows and the summary to %1 (JSON Lines).</source>
        <translation>
            <numerusform>Se guardó %n fila y el resumen en %1 (JSON Lines).</numerusform>
            <numerusform>Se guardaron %n filas y el resumen en %1 (JSON Lines).</numerusform>
        </translation>
    </message>
    <message>
        <source>No chain of the rows shown is kept: select a row to fetch its chain, or show the rows with a problem.</source>
        <translation>No se conserva la cadena de ninguna de las filas mostradas: seleccione una fila para obtener su cadena, o muestre las filas con algún problema.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chains to %1, credentials included.</source>
        <translation>
            <numerusform>Se guardó %n cadena en %1, credenciales incluidas.</numerusform>
            <numerusform>Se guardaron %n cadenas en %1, credenciales incluidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chains to %1 (credentials masked).</source>
        <translation>
            <numerusform>Se guardó %n cadena en %1 (credenciales ocultas).</numerusform>
            <numerusform>Se guardaron %n cadenas en %1 (credenciales ocultas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows shown were left out: the page keeps only the chains of rows with a problem and of the last rows.</source>
        <translation>
            <numerusform>Se omitió %n fila mostrada: la página solo conserva las cadenas de las filas con algún problema y de las últimas filas.</numerusform>
            <numerusform>Se omitieron %n filas mostradas: la página solo conserva las cadenas de las filas con algún problema y de las últimas filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>%1 — the chain as the run followed it.</source>
        <translation>%1 — la cadena tal como la siguió la ejecución.</translation>
    </message>
    <message>
        <source>%1 — not run: %2</source>
        <translation>%1 — no ejecutado: %2</translation>
    </message>
    <message>
        <source>%1 — not run.</source>
        <translation>%1 — no ejecutado.</translation>
    </message>
    <message>
        <source>%1 — fetching the chain again (the page keeps only the chains of rows with a problem and of the last rows).</source>
        <translation>%1 — obteniendo de nuevo la cadena (la página solo conserva las cadenas de las filas con algún problema y de las últimas filas).</translation>
    </message>
    <message>
        <source>%1 — the chain fetched again just now; the table shows the run’s result.</source>
        <translation>%1 — la cadena se acaba de obtener de nuevo; la tabla muestra el resultado de la ejecución.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1 (aviso)</translation>
    </message>
    <message>
        <source>Guess from the content</source>
        <translation>Deducir del contenido</translation>
    </message>
    <message>
        <source>URL list</source>
        <translation>Lista de URL</translation>
    </message>
    <message>
        <source>Redirect map (CSV or TSV)</source>
        <translation>Mapa de redirecciones (CSV o TSV)</translation>
    </message>
    <message>
        <source>Sitemap</source>
        <translation>Sitemap</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>1xx</source>
        <translation>1xx</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;JSON Lines…</source>
        <translation>&amp;JSON Lines…</translation>
    </message>
    <message>
        <source>&amp;HAR (credentials masked)…</source>
        <translation>&amp;HAR (credenciales ocultas)…</translation>
    </message>
    <message>
        <source>HAR with c&amp;redentials…</source>
        <translation>HAR con c&amp;redenciales…</translation>
    </message>
    <message>
        <source>Nothing was sent: the audit was cancelled while its password was asked for.</source>
        <translation>No se envió nada: la auditoría se canceló mientras se pedía su contraseña.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Waiting for a password…</source>
        <translation>Esperando una contraseña…</translation>
    </message>
    <message>
        <source>With a problem</source>
        <translation>Con un problema</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>Rean&amp;udar</translation>
    </message>
    <message>
        <source>Pau&amp;se</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>Select a row to see its chain hop by hop.</source>
        <translation>Seleccione una fila para ver su cadena salto a salto.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::AuditRowModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avisos: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>URL final</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ByteRateSpinBox</name>
    <message>
        <source>%1/s</source>
        <comment>a rate: a size per second</comment>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::CataloguePage</name>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n código</numerusform>
            <numerusform>%n códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation>
            <numerusform>%1 de %n código</numerusform>
            <numerusform>%1 de %n códigos</numerusform>
        </translation>
    </message>
    <message>
        <source>No status code matches the chosen class and origin.</source>
        <translation>Ningún código de estado coincide con la clase y el origen elegidos.</translation>
    </message>
    <message>
        <source>No status code of the chosen class and origin matches “%1”.</source>
        <translation>Ningún código de estado de la clase y el origen elegidos coincide con “%1”.</translation>
    </message>
    <message>
        <source>No status code matches “%1”.</source>
        <translation>Ningún código de estado coincide con “%1”.</translation>
    </message>
    <message>
        <source>Try a number such as 404, a class such as 5xx, or fewer words.</source>
        <translation>Pruebe un número como 404, una clase como 5xx, o menos palabras.</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>Buscar (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the entry shown before (%1)</source>
        <translation>Volver a la entrada mostrada antes (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Forward to the entry shown after (%1)</source>
        <translation>Avanzar a la entrada mostrada después (%1)</translation>
    </message>
    <message>
        <source>In the catalogue, back to the entry shown before (also the mouse&apos;s back button)</source>
        <translation>En el catálogo, volver a la entrada mostrada antes (también con el botón Atrás del ratón)</translation>
    </message>
    <message>
        <source>In the catalogue, forward to the entry shown after (also the mouse&apos;s forward button)</source>
        <translation>En el catálogo, avanzar a la entrada mostrada después (también con el botón Adelante del ratón)</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::CertificateFiles</name>
    <message>
        <source>“%1” is not a file that exists.</source>
        <translation>“%1” no es un archivo que exista.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a certificate or a key.</source>
        <translation>“%1” es demasiado grande para ser un certificado o una clave.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is a PKCS#12 file that needs its password: type it under Password.</source>
        <translation>“%1” es un archivo PKCS#12 que necesita su contraseña: escríbala en Contraseña.</translation>
    </message>
    <message>
        <source>The password does not open the PKCS#12 file “%1” (or it is not a certificate file).</source>
        <translation>La contraseña no abre el archivo PKCS#12 “%1” (o no es un archivo de certificado).</translation>
    </message>
    <message>
        <source>“%1” holds no certificate: choose a PEM or DER file with the authority’s certificate (often .pem, .crt or .cer).</source>
        <translation>“%1” no contiene ningún certificado: elija un archivo PEM o DER con el certificado de la autoridad (a menudo .pem, .crt o .cer).</translation>
    </message>
    <message>
        <source>“%1” holds no certificate.</source>
        <translation>“%1” no contiene ningún certificado.</translation>
    </message>
    <message>
        <source>“%1” holds no private key: choose the key file as well.</source>
        <translation>“%1” no contiene ninguna clave privada: elija también el archivo de clave.</translation>
    </message>
    <message>
        <source>“%1” holds no private key.</source>
        <translation>“%1” no contiene ninguna clave privada.</translation>
    </message>
    <message>
        <source>The private key is encrypted: type its password.</source>
        <translation>La clave privada está cifrada: escriba su contraseña.</translation>
    </message>
    <message>
        <source>The password does not open the private key.</source>
        <translation>La contraseña no abre la clave privada.</translation>
    </message>
    <message>
        <source>The private key cannot be read (RSA, EC and DSA keys in PEM or DER are understood).</source>
        <translation>No se puede leer la clave privada (se admiten claves RSA, EC y DSA en PEM o DER).</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>caducó el %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>The private key is an %1 key, which Qt 6.4 cannot use for a client certificate; an RSA or EC (P-256, P-384) one works.</source>
        <translation>La clave privada es una clave %1, que Qt 6.4 no puede usar para un certificado de cliente; una RSA o EC (P-256, P-384) funciona.</translation>
    </message>
    <message>
        <source>The private key is an OpenSSH key (as in ~/.ssh), not the key of a TLS certificate: choose the key the certificate was issued for.</source>
        <translation>La clave privada es una clave OpenSSH (como en ~/.ssh), no la clave de un certificado TLS: elija la clave para la que se emitió el certificado.</translation>
    </message>
    <message>
        <source>“%1” is a PKCS#7 bundle (.p7b), which Qt 6.4 cannot read: make a PEM file of it with “%2” and add that.</source>
        <translation>“%1” es un paquete PKCS#7 (.p7b), que Qt 6.4 no puede leer: haga con “%2” un archivo PEM y añádalo.</translation>
    </message>
    <message>
        <source>“%1” is PKCS#12 (.p12, .pfx), which holds a certificate with its key, not authorities to trust: add it below as a client certificate, or take its authorities out with “%2” and add that.</source>
        <translation>“%1” es un PKCS#12 (.p12, .pfx), que contiene un certificado con su clave, no autoridades de confianza: añádalo abajo como certificado de cliente, o saque sus autoridades con “%2” y añada eso.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ChainDelegate</name>
    <message>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>fijada</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ChainView</name>
    <message>
        <source>Save the response body</source>
        <translation>Guardar el cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Type a URL and press Enter to send it.</source>
        <translation>Escriba una URL y pulse Intro para enviarla.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Hop %1: waiting for %2…</source>
        <translation>Salto %1: esperando a %2…</translation>
    </message>
    <message>
        <source>Hop %1: %2 received…</source>
        <translation>Salto %1: %2 recibidos…</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) · %1 ms · final %2 · %3</source>
        <translation>
            <numerusform>%n salto · %1 ms · final %2 · %3</numerusform>
            <numerusform>%n saltos · %1 ms · final %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue over http</source>
        <translation>Continuar por http</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Sin cuerpo.</translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation>sin Content-Type</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 guardado en %2.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>No se pudo guardar en %1: %2</translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation>mostrando los primeros %1</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>cortado</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 mostrados</translation>
    </message>
    <message>
        <source>Accept this certificate</source>
        <translation>Aceptar este certificado</translation>
    </message>
    <message>
        <source>Accept the certificate of %1 until StatusScope closes; other hosts and ports are still checked.</source>
        <translation>Aceptar el certificado de %1 hasta que se cierre StatusScope; los demás hosts y puertos se siguen comprobando.</translation>
    </message>
    <message>
        <source>Certificate checks are off for %1 until StatusScope closes; other hosts and ports are still checked.</source>
        <translation>Las comprobaciones de certificado están desactivadas para %1 hasta que se cierre StatusScope; los demás hosts y puertos se siguen comprobando.</translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation>Esperando la respuesta…</translation>
    </message>
    <message>
        <source>Chain summary</source>
        <translation>Resumen de la cadena</translation>
    </message>
    <message>
        <source>Chain summary: %1</source>
        <translation>Resumen de la cadena: %1</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::ComparisonDialog</name>
    <message>
        <source>Compare Codes</source>
        <translation>Comparar códigos</translation>
    </message>
    <message>
        <source>Choose a classic confusion…</source>
        <translation>Elegir una confusión clásica…</translation>
    </message>
    <message>
        <source>Ready-made comparisons</source>
        <translation>Comparaciones preparadas</translation>
    </message>
    <message>
        <source>Sets of codes that are often confused, such as 401 and 403.</source>
        <translation>Grupos de códigos que se confunden a menudo, como 401 y 403.</translation>
    </message>
    <message>
        <source>2 to 5 codes, such as 404 410</source>
        <translation>De 2 a 5 códigos, como 404 410</translation>
    </message>
    <message>
        <source>Codes to compare</source>
        <translation>Códigos que comparar</translation>
    </message>
    <message>
        <source>Type 2 to 5 status codes separated by spaces, then press Enter.</source>
        <translation>Escriba de 2 a 5 códigos de estado separados por espacios y pulse Intro.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>One column per code, one row per property; rows where the codes differ are marked with ≠.</source>
        <translation>Una columna por código y una fila por propiedad; las filas en las que los códigos difieren llevan ≠.</translation>
    </message>
    <message>
        <source>&amp;Ready-made:</source>
        <translation>&amp;Preparadas:</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>&amp;Códigos:</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::CurlPasteDialog</name>
    <message>
        <source>Several curl requests</source>
        <translation>Varias peticiones curl</translation>
    </message>
    <message numerus="yes">
        <source>The pasted text holds %n curl requests. Open the checked one in the console (the other checked ones are saved), or save them all.</source>
        <translation>
            <numerusform>El texto pegado contiene %n petición curl. Abra la marcada en la consola (las demás marcadas se guardan), o guárdelas todas.</numerusform>
            <numerusform>El texto pegado contiene %n peticiones curl. Abra la marcada en la consola (las demás marcadas se guardan), o guárdelas todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted requests</source>
        <translation>Peticiones pegadas</translation>
    </message>
    <message>
        <source>Not applied:
%1</source>
        <translation>No aplicado:
%1</translation>
    </message>
    <message>
        <source>Request %1: every option applies.</source>
        <translation>Petición %1: se aplican todas las opciones.</translation>
    </message>
    <message>
        <source>Request %1, not applied: %2</source>
        <translation>Petición %1, no aplicado: %2</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Guardar en &amp;carpeta:</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Abrir seleccionada</translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation>&amp;Guardar todas</translation>
    </message>
    <message>
        <source>curl paste %1</source>
        <translation>pegado de curl %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n pasted requests in “%1”.</source>
        <translation>
            <numerusform>Se guardó %n petición pegada en “%1”.</numerusform>
            <numerusform>Se guardaron %n peticiones pegadas en “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened request %1 of the paste.</source>
        <translation>Se abrió la petición %1 del texto pegado.</translation>
    </message>
    <message numerus="yes">
        <source>Opened request %1 of the paste; saved %n more in “%2”.</source>
        <translation>
            <numerusform>Se abrió la petición %1 del texto pegado; se guardó %n más en “%2”.</numerusform>
            <numerusform>Se abrió la petición %1 del texto pegado; se guardaron %n más en “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::HarOpener</name>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::HistoryPanel</name>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Historial de peticiones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation>Peticiones guardadas</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Saltos</translation>
    </message>
    <message>
        <source>Chains in the HAR file</source>
        <translation>Cadenas del archivo HAR</translation>
    </message>
    <message>
        <source>Search URL, method, status (404, 5xx) or date</source>
        <translation>Buscar URL, método, estado (404, 5xx) o fecha</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>StatusScope</source>
        <translation>StatusScope</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>&amp;Borrar todo…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardadas</translation>
    </message>
    <message>
        <source>History is off.</source>
        <translation>El historial está desactivado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n hop(s) · %2 ms</source>
        <translation>
            <numerusform>%1 · %n salto · %2 ms</numerusform>
            <numerusform>%1 · %n saltos · %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n chain(s) from the history? Saved requests stay.</source>
        <translation>
            <numerusform>¿Eliminar %n cadena del historial? Las peticiones guardadas se mantienen.</numerusform>
            <numerusform>¿Eliminar las %n cadenas del historial? Las peticiones guardadas se mantienen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename saved request</source>
        <translation>Renombrar la petición guardada</translation>
    </message>
    <message>
        <source>Delete the saved request “%1”?</source>
        <translation>¿Eliminar la petición guardada “%1”?</translation>
    </message>
    <message>
        <source>Credentials &amp;in history:</source>
        <translation>Crede&amp;nciales en el historial:</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>Ocultas</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>Completas</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>No guardadas</translation>
    </message>
    <message>
        <source>How Authorization, Proxy-Authorization, Cookie and Set-Cookie values are kept in new history entries and saved requests.</source>
        <translation>Cómo se guardan los valores de Authorization, Proxy-Authorization, Cookie y Set-Cookie en las nuevas entradas del historial y en las peticiones guardadas.</translation>
    </message>
    <message>
        <source>Credentials in history</source>
        <translation>Credenciales en el historial</translation>
    </message>
    <message>
        <source>The chains sent from the console, newest first. Enter re-runs the selected request.</source>
        <translation>Las cadenas enviadas desde la consola, las más recientes primero. Intro repite la petición seleccionada.</translation>
    </message>
    <message>
        <source>The requests you saved, by folder. Enter opens the selected one in the console.</source>
        <translation>Las peticiones guardadas, por carpeta. Intro abre la seleccionada en la consola.</translation>
    </message>
    <message>
        <source>The chains read from the opened HAR file. The selected one is shown in the console.</source>
        <translation>Las cadenas leídas del archivo HAR abierto. La seleccionada se muestra en la consola.</translation>
    </message>
    <message>
        <source>No chain matches “%1”.</source>
        <translation>Ninguna cadena coincide con “%1”.</translation>
    </message>
    <message>
        <source>No requests yet. Every chain you send from the console is kept here; Enter on one sends it again.</source>
        <translation>Todavía no hay peticiones. Cada cadena que envíe desde la consola se guarda aquí; Intro sobre una la envía de nuevo.</translation>
    </message>
    <message>
        <source>Nothing saved yet. File → Save Request (Ctrl+S) keeps the request in the console here, under a name.</source>
        <translation>Todavía no hay nada guardado. Archivo → Guardar petición (Ctrl+S) guarda aquí la petición de la consola, con un nombre.</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <source>Open the history file again</source>
        <translation>Volver a abrir el archivo del historial</translation>
    </message>
    <message>
        <source>Search URL, status or date</source>
        <translation>Buscar URL, estado o fecha</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Export Folder as .http…</source>
        <translation>Exportar carpeta como .http…</translation>
    </message>
    <message>
        <source>Search URL, method or status (404, 5xx)</source>
        <translation>Buscar URL, método o estado (404, 5xx)</translation>
    </message>
    <message>
        <source>Search URL or status</source>
        <translation>Buscar URL o estado</translation>
    </message>
    <message>
        <source>Search the HAR file&apos;s chains</source>
        <translation>Buscar en las cadenas del archivo HAR</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::HttpFileActions</name>
    <message>
        <source>Open .http File</source>
        <translation>Abrir archivo .http</translation>
    </message>
    <message>
        <source>.http files (*.http *.rest);;All files (*)</source>
        <translation>Archivos .http (*.http *.rest);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Saved Folder as .http</source>
        <translation>Exportar carpeta guardada como .http</translation>
    </message>
    <message>
        <source>Saved folder:</source>
        <translation>Carpeta guardada:</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Ningún entorno</translation>
    </message>
    <message>
        <source>The file&apos;s folder defines environments. Read variables from:</source>
        <translation>La carpeta del archivo define entornos. Leer las variables de:</translation>
    </message>
    <message>
        <source>.http files (*.http);;All files (*)</source>
        <translation>Archivos .http (*.http);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open .&amp;http File…</source>
        <translation>Abrir archivo .&amp;http…</translation>
    </message>
    <message>
        <source>Save the requests of a VS Code REST Client or JetBrains HTTP Client file in a saved folder of their own.</source>
        <translation>Guardar las peticiones de un archivo de VS Code REST Client o de JetBrains HTTP Client en una carpeta guardada propia.</translation>
    </message>
    <message>
        <source>Export Sa&amp;ved Folder as .http…</source>
        <translation>Exportar car&amp;peta guardada como .http…</translation>
    </message>
    <message>
        <source>Write the requests of a saved folder as a .http file.</source>
        <translation>Escribir las peticiones de una carpeta guardada como archivo .http.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>There is no saved folder yet. File → Open .http File… makes one from a file; saved requests are put in folders when they are saved.</source>
        <translation>Todavía no hay ninguna carpeta guardada. Archivo → Abrir archivo .http… crea una a partir de un archivo; las peticiones guardadas se ponen en carpetas al guardarlas.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of %1 saved in the folder “%2”.</source>
        <translation>
            <numerusform>%n petición de %1 guardada en la carpeta “%2”.</numerusform>
            <numerusform>%n peticiones de %1 guardadas en la carpeta “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of %1 saved in the folder “%2”, with the variables of environment “%3”.</source>
        <translation>
            <numerusform>%n petición de %1 guardada en la carpeta “%2”, con las variables del entorno “%3”.</numerusform>
            <numerusform>%n peticiones de %1 guardadas en la carpeta “%2”, con las variables del entorno “%3”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved (%n):</source>
        <translation>
            <numerusform>No guardada (%n):</numerusform>
            <numerusform>No guardadas (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>No aplicado:</translation>
    </message>
    <message>
        <source>Credentials were saved masked (••••), as “Credentials in history” in the History panel asks: type them again before sending.</source>
        <translation>Las credenciales se guardaron ocultas (••••), como pide “Credenciales en el historial” en el panel Historial: vuelva a escribirlas antes de enviar.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::MainWindow</name>
    <message>
        <source>About StatusScope</source>
        <translation>Acerca de StatusScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StatusScope %1&lt;/h3&gt;&lt;p&gt;An offline catalogue of HTTP status codes: the registered ones, the historic ones and those of vendors, each explained.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StatusScope %1&lt;/h3&gt;&lt;p&gt;Un catálogo sin conexión de los códigos de estado HTTP: los registrados, los históricos y los de fabricantes, cada uno explicado.&lt;/p&gt;&lt;p&gt;Publicado bajo la licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the catalogue. Type a code or a word to search.</source>
        <translation>
            <numerusform>%n entrada en el catálogo. Escriba un código o una palabra para buscar.</numerusform>
            <numerusform>%n entradas en el catálogo. Escriba un código o una palabra para buscar.</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Open a HAR file</source>
        <translation>Abrir un archivo HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har *.json)</source>
        <translation>Archivos HAR (*.har *.json)</translation>
    </message>
    <message>
        <source>Export the chain as HAR</source>
        <translation>Exportar la cadena como HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Archivos HAR (*.har)</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Guardar petición</translation>
    </message>
    <message>
        <source>Name (use Folder/Name to put it in a folder):</source>
        <translation>Nombre (use Carpeta/Nombre para ponerla en una carpeta):</translation>
    </message>
    <message>
        <source>Import a curl command</source>
        <translation>Importar un comando curl</translation>
    </message>
    <message>
        <source>Paste the command (as copied from a browser or a terminal):</source>
        <translation>Pegue el comando (tal como se copia de un navegador o un terminal):</translation>
    </message>
    <message>
        <source>Export with credentials</source>
        <translation>Exportar con credenciales</translation>
    </message>
    <message>
        <source>The file will hold Authorization headers and cookies in clear text. Anyone who gets the file can use them. Export anyway?</source>
        <translation>El archivo contendrá las cabeceras Authorization y las cookies en texto claro. Cualquiera que obtenga el archivo podrá usarlas. ¿Exportar de todos modos?</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation>%1 no está en el catálogo.</translation>
    </message>
    <message>
        <source>“%1” is not a status code.</source>
        <translation>“%1” no es un código de estado.</translation>
    </message>
    <message>
        <source>Go to code</source>
        <translation>Ir al código</translation>
    </message>
    <message>
        <source>Status code:</source>
        <translation>Código de estado:</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Enviar la petición</translation>
    </message>
    <message>
        <source>Cancel the running request; in the catalogue search, clear it</source>
        <translation>Cancelar la petición en curso; en la búsqueda del catálogo, borrarla</translation>
    </message>
    <message>
        <source>In the URL field: paste a URL or a whole curl command</source>
        <translation>En el campo URL: pegar una URL o un comando curl completo</translation>
    </message>
    <message>
        <source>Move through the catalogue results from the search field, then into the list</source>
        <translation>Recorrer los resultados del catálogo desde el campo de búsqueda, y luego pasar a la lista</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Ctrl+L edits the URL, Ctrl+Enter sends, Esc cancels; F1 lists every shortcut.</source>
        <translation>Ctrl+L edita la URL, Ctrl+Intro envía, Esc cancela; F1 muestra todos los atajos.</translation>
    </message>
    <message>
        <source>Playground: %1</source>
        <translation>Servidor de prácticas: %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter starts the audit, Esc cancels it; F1 lists every shortcut.</source>
        <translation>Ctrl+Intro inicia la auditoría, Esc la cancela; F1 muestra todos los atajos.</translation>
    </message>
    <message>
        <source>On the Audit page: start the audit</source>
        <translation>En la página Auditoría: iniciar la auditoría</translation>
    </message>
    <message>
        <source>On the Audit page: cancel the run (the rows that finished stay)</source>
        <translation>En la página Auditoría: cancelar la ejecución (las filas que terminaron se conservan)</translation>
    </message>
    <message>
        <source>Quit StatusScope</source>
        <translation>Salir de StatusScope</translation>
    </message>
    <message>
        <source>An audit is still running.</source>
        <translation>Una auditoría sigue en curso.</translation>
    </message>
    <message>
        <source>Quitting stops it, and its rows are lost unless you export them first.</source>
        <translation>Salir la detiene, y sus filas se pierden si no las exporta antes.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Detener y salir</translation>
    </message>
    <message>
        <source>The audit’s rows have not been exported.</source>
        <translation>Las filas de la auditoría no se han exportado.</translation>
    </message>
    <message>
        <source>Quitting discards them. Cancel, then Export on the Audit page, to keep them.</source>
        <translation>Salir las descarta. Para conservarlas: Cancelar y luego Exportar en la página Auditoría.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>%1 is not a status code but a Warning header code: “%2”.</source>
        <translation>%1 no es un código de estado sino un código de la cabecera Warning: «%2».</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::NetworkOptionsEditor</name>
    <message>
        <source>Type the proxy&apos;s address (http://host:port or socks5h://host:port), or choose “Use Preferences”.</source>
        <translation>Escriba la dirección del proxy (http://host:puerto o socks5h://host:puerto), o elija “Usar Preferencias”.</translation>
    </message>
    <message>
        <source>Bearer authentication needs a token: type it beside the choice.</source>
        <translation>La autenticación Bearer necesita un token: escríbalo junto a la opción elegida.</translation>
    </message>
    <message>
        <source>%1 authentication needs a user name: type it beside the choice.</source>
        <translation>La autenticación %1 necesita un nombre de usuario: escríbalo junto a la opción elegida.</translation>
    </message>
    <message>
        <source>Use Preferences</source>
        <translation>Usar Preferencias</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Este proxy:</translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation>Solo HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/2, offered on https</source>
        <translation>HTTP/2, ofrecido en https</translation>
    </message>
    <message>
        <source>HTTP/2 from the first byte (prior knowledge)</source>
        <translation>HTTP/2 desde el primer byte (conocimiento previo)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Basic or Digest, as the server asks</source>
        <translation>Basic o Digest, según pida el servidor</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token Bearer</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Also applied, from an imported command: %1</source>
        <translation>Se aplica también, desde un comando importado: %1</translation>
    </message>
    <message>
        <source>Type the token again: it was not stored.</source>
        <translation>Escriba de nuevo el token: no se guardó.</translation>
    </message>
    <message>
        <source>Type the password again: it was not stored.</source>
        <translation>Escriba de nuevo la contraseña: no se guardó.</translation>
    </message>
    <message>
        <source>Type the proxy&apos;s password again: it was not stored.</source>
        <translation>Escriba de nuevo la contraseña del proxy: no se guardó.</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <comment>a cookie: name (domain and path)</comment>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>the cookie file&apos;s cookies for other hosts or paths, sent when the chain reaches them: %1</source>
        <translation>las cookies del archivo de cookies para otros hosts o rutas, enviadas cuando la cadena llega a ellos: %1</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::PinTableModel</name>
    <message>
        <source>--resolve: the IP addresses to connect to, separated by commas; --connect-to: the host to connect to (empty: the request&apos;s own)</source>
        <translation>--resolve: las direcciones IP con las que conectar, separadas por comas; --connect-to: el host con el que conectar (vacío: el de la propia petición)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>To port</source>
        <translation>Puerto de destino</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::PreferencesDialog</name>
    <message>
        <source>Type the proxy’s host name or address, or choose another proxy setting.</source>
        <translation>Escriba el nombre de host o la dirección del proxy, o elija otra configuración de proxy.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or address: type the host alone, without http:// or a path (the type is chosen above).</source>
        <translation>“%1” no es un nombre de host ni una dirección: escriba solo el host, sin http:// ni ruta (el tipo se elige arriba).</translation>
    </message>
    <message>
        <source>Type the proxy’s port, a number from 1 to 65535 (often 3128 or 8080 for an HTTP proxy, 1080 for SOCKS5).</source>
        <translation>Escriba el puerto del proxy, un número del 1 al 65535 (a menudo 3128 u 8080 para un proxy HTTP, 1080 para SOCKS5).</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535; “%1” is not.</source>
        <translation>El puerto del proxy debe ser un número del 1 al 65535; “%1” no lo es.</translation>
    </message>
    <message>
        <source>A proxy password needs the user name it goes with.</source>
        <translation>Una contraseña de proxy necesita el nombre de usuario al que corresponde.</translation>
    </message>
    <message>
        <source>A certificate is already given for “%1”: remove it first to replace it.</source>
        <translation>Ya hay un certificado para “%1”: quítelo primero para sustituirlo.</translation>
    </message>
    <message>
        <source>Choose the certificate file for these hosts.</source>
        <translation>Elija el archivo de certificado para estos hosts.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>Add certificate authorities</source>
        <translation>Añadir autoridades de certificación</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Elegir la clave privada</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem *.der);;All files (*)</source>
        <translation>Claves (*.key *.pem *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Elegir el certificado de cliente</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der *.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>If not in the certificate file</source>
        <translation>Si no está en el archivo del certificado</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>This program&apos;s environment names authorities trusted beside the system&apos;s, as curl reads it.</source>
        <translation>El entorno de este programa nombra autoridades de confianza además de las del sistema, leído como lo lee curl.</translation>
    </message>
    <message>
        <source>This program&apos;s environment names the authorities to trust instead of the system&apos;s, as curl reads it. The files above are trusted as well.</source>
        <translation>El entorno de este programa nombra las autoridades de confianza en lugar de las del sistema, leído como lo lee curl. Los archivos de arriba también son de confianza.</translation>
    </message>
    <message>
        <source>%1 (environment, beside the system&apos;s)</source>
        <translation>%1 (entorno, además de las del sistema)</translation>
    </message>
    <message>
        <source>%1 (environment, instead of the system&apos;s)</source>
        <translation>%1 (entorno, en lugar de las del sistema)</translation>
    </message>
    <message>
        <source>With the system&apos;s settings, these variables of this program&apos;s environment come first, as curl reads them: %1.</source>
        <translation>Con los ajustes del sistema, estas variables del entorno de este programa van primero, como las lee curl: %1.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::QuizDialog</name>
    <message>
        <source>Only codes I &amp;met in the console</source>
        <translation>Solo los códigos &amp;vistos en la consola</translation>
    </message>
    <message>
        <source>&amp;Open in catalogue</source>
        <translation>&amp;Abrir en el catálogo</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>Quiz class</source>
        <translation>Clase del cuestionario</translation>
    </message>
    <message>
        <source>Ask only about codes of this class.</source>
        <translation>Preguntar solo por códigos de esta clase.</translation>
    </message>
    <message>
        <source>Quiz origin</source>
        <translation>Origen del cuestionario</translation>
    </message>
    <message>
        <source>Ask only about codes of this origin.</source>
        <translation>Preguntar solo por códigos de este origen.</translation>
    </message>
    <message>
        <source>&amp;New round</source>
        <translation>&amp;Nueva ronda</translation>
    </message>
    <message>
        <source>No code matches these filters. Choose others and start a new round.</source>
        <translation>Ningún código coincide con estos filtros. Elija otros y empiece una nueva ronda.</translation>
    </message>
    <message>
        <source>Choose a class or origin if you like, then start a new round.</source>
        <translation>Elija una clase o un origen si quiere y empiece una nueva ronda.</translation>
    </message>
    <message>
        <source>Round over: %1 of %2 right.</source>
        <translation>Ronda terminada: %1 de %2 correctas.</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 right so far</source>
        <translation>Pregunta %1 de %2 · %3 correctas hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Pick an answer first (keys 1 to 4).</source>
        <translation>Elija primero una respuesta (teclas 1 a 4).</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>No del todo: la respuesta es la %1.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Only codes I got &amp;wrong before</source>
        <translation>Solo los códigos que &amp;fallé antes</translation>
    </message>
    <message>
        <source>Ask only about the status codes the request console has received.</source>
        <translation>Preguntar solo por los códigos de estado que ha recibido la consola de peticiones.</translation>
    </message>
    <message>
        <source>Ask only about codes you answered wrong in earlier rounds, the weakest first.</source>
        <translation>Preguntar solo por los códigos que falló en rondas anteriores, los más débiles primero.</translation>
    </message>
    <message>
        <source>Your answers are counted per code and kept for the next time.</source>
        <translation>Sus respuestas se cuentan por código y se guardan para la próxima vez.</translation>
    </message>
    <message numerus="yes">
        <source>So far: %1 of %2 answers right, over %n code(s).</source>
        <translation>
            <numerusform>Hasta ahora: %1 de %2 respuestas correctas, en %n código.</numerusform>
            <numerusform>Hasta ahora: %1 de %2 respuestas correctas, en %n códigos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth another look: %1.</source>
        <translation>Vale la pena repasar: %1.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::RequestComposer</name>
    <message>
        <source>Send a file as the body</source>
        <translation>Enviar un archivo como cuerpo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>A body on %1 is unusual; many servers ignore or refuse it.</source>
        <translation>Un cuerpo en %1 es inusual; muchos servidores lo ignoran o lo rechazan.</translation>
    </message>
    <message>
        <source>Sending %1 (%2).</source>
        <translation>Enviando %1 (%2).</translation>
    </message>
    <message>
        <source>Imported from curl; not applied: %1</source>
        <translation>Importado desde curl; no aplicado: %1</translation>
    </message>
    <message>
        <source>Follow redirects is now off, as in curl without -L.</source>
        <translation>“Seguir redirecciones” está ahora desactivado, como en curl sin -L.</translation>
    </message>
    <message numerus="yes">
        <source>%n more requests were pasted: only the first was opened</source>
        <translation>
            <numerusform>Se pegó %n petición más: solo se abrió la primera</numerusform>
            <numerusform>Se pegaron %n peticiones más: solo se abrió la primera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from curl with %n notes.</source>
        <translation>
            <numerusform>Importado de curl con %n nota.</numerusform>
            <numerusform>Importado de curl con %n notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes on the curl Import</source>
        <translation>Notas sobre la importación de curl</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::SecretDialog</name>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>The proxy %1 (Edit → Preferences) needs the password of user “%2” for this request. No keychain gave it.</source>
        <translation>El proxy %1 (Editar → Preferencias) necesita la contraseña del usuario “%2” para esta petición. Ningún llavero la ha proporcionado.</translation>
    </message>
    <message>
        <source>Client certificate password</source>
        <translation>Contraseña del certificado de cliente</translation>
    </message>
    <message>
        <source>The client certificate “%1” (Edit → Preferences, for %2) is locked by a password. No keychain gave it.</source>
        <translation>El certificado de cliente “%1” (Editar → Preferencias, para %2) está protegido por una contraseña. Ningún llavero la ha proporcionado.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember for this session</source>
        <translation>&amp;Recordar durante esta sesión</translation>
    </message>
    <message>
        <source>The client certificate “%1” this request names is locked by a password. Passwords are not kept with the history or saved requests.</source>
        <translation>El certificado de cliente “%1” que nombra esta petición está protegido con contraseña. Las contraseñas no se guardan con el historial ni con las peticiones guardadas.</translation>
    </message>
</context>
<context>
    <name>StatusScope::Gui::SecretPrompter</name>
    <message>
        <source>Nothing was sent: the password for the proxy %1 was not given.</source>
        <translation>No se envió nada: no se indicó la contraseña del proxy %1.</translation>
    </message>
    <message>
        <source>Nothing was sent: the password of the client certificate “%1” was not given.</source>
        <translation>No se envió nada: no se indicó la contraseña del certificado de cliente “%1”.</translation>
    </message>
    <message>
        <source>Waiting for the keychain for the proxy password and the client certificate&apos;s password…</source>
        <translation>Esperando al llavero para la contraseña del proxy y la contraseña del certificado de cliente…</translation>
    </message>
    <message>
        <source>Waiting for the keychain for the client certificate&apos;s password…</source>
        <translation>Esperando al llavero para la contraseña del certificado de cliente…</translation>
    </message>
    <message>
        <source>Waiting for the keychain for the proxy password…</source>
        <translation>Esperando al llavero para la contraseña del proxy…</translation>
    </message>
</context>
<context>
    <name>TlsFailure</name>
    <message>
        <source>The server&apos;s certificate was signed by an authority (%1) that is not among those given with --cacert or --capath. They replace this computer&apos;s authorities: pass this one too.</source>
        <translation>El certificado del servidor lo firmó una autoridad (%1) que no está entre las indicadas con --cacert o --capath. Estas sustituyen a las autoridades de este equipo: pase también esta.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was signed by an authority this computer does not trust (%1). If it is your organisation&apos;s CA, pass it with --cacert FILE (or add it in Preferences → Certificates).</source>
        <translation>El certificado del servidor lo firmó una autoridad en la que este equipo no confía (%1). Si es la CA de su organización, pásela con --cacert FILE (o añádala en Preferencias → Certificados).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid for %1, not for %2. Check the host name in the URL: the certificate must name it, also when --resolve or --connect-to sends the request to another address.</source>
        <translation>El certificado del servidor es válido para %1, no para %2. Compruebe el nombre de host de la URL: el certificado debe nombrarlo, también cuando --resolve o --connect-to envían la petición a otra dirección.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed: no authority vouches for it. If it is the certificate you expect, pass it with --cacert FILE (or add it in Preferences → Certificates), or accept it for this host with -k.</source>
        <translation>El certificado del servidor es autofirmado: ninguna autoridad lo respalda. Si es el certificado que espera, páselo con --cacert FILE (o añádalo en Preferencias → Certificados), o acéptelo para este host con -k.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain is incomplete: the server did not send the intermediate certificate (%1) that links its certificate to an authority. The server must be set up to send it; meanwhile, pass the intermediate with its authority in the file given to --cacert, or look anyway with -k.</source>
        <translation>La cadena de certificados del servidor está incompleta: el servidor no envió el certificado intermedio (%1) que enlaza su certificado con una autoridad. Hay que configurar el servidor para que lo envíe; mientras tanto, pase el intermedio junto con su autoridad en el archivo indicado a --cacert, o mire de todos modos con -k.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by %1, which is not among the authorities given with --cacert or --capath (they replace this computer&apos;s), and the server did not send its certificate. If %1 is an intermediate, the server&apos;s chain is incomplete: the server must send the intermediate with its certificate (meanwhile, add it to the --cacert file beside its authority); if it is your CA itself, pass it with --cacert.</source>
        <translation>El certificado del servidor lo emitió %1, que no está entre las autoridades indicadas con --cacert o --capath (sustituyen a las de este equipo), y el servidor no envió su certificado. Si %1 es un intermedio, la cadena del servidor está incompleta: el servidor debe enviar el intermedio con su certificado (mientras tanto, añádalo al archivo de --cacert junto a su autoridad); si es su propia CA, pásela con --cacert.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1 (it was valid from %2). The server must renew it; if the date looks wrong, check this computer&apos;s clock.</source>
        <translation>El certificado del servidor caducó el %1 (era válido desde el %2). El servidor debe renovarlo; si la fecha parece incorrecta, compruebe el reloj de este equipo.</translation>
    </message>
    <message>
        <source>A certificate in the server&apos;s chain (%1) expired on %2. The server must send a current one.</source>
        <translation>Un certificado de la cadena del servidor (%1) caducó el %2. El servidor debe enviar uno vigente.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1 (and until %2). Check this computer&apos;s clock; if it is right, the server was given its certificate too early.</source>
        <translation>El certificado del servidor no es válido antes del %1 (y lo es hasta el %2). Compruebe el reloj de este equipo; si es correcto, el servidor recibió su certificado demasiado pronto.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was revoked by its authority: do not trust this server.</source>
        <translation>El certificado del servidor fue revocado por su autoridad: no confíe en este servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1.</source>
        <translation>Se rechazó el certificado del servidor: %1.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate and did not accept the one given.</source>
        <translation>El servidor pidió un certificado de cliente y no aceptó el indicado.</translation>
    </message>
    <message>
        <source>The server refused the client certificate: it does not accept it (signed by an authority it does not trust, expired, revoked, or not matching its key). Qt said: %1.</source>
        <translation>El servidor rechazó el certificado de cliente: no lo acepta (firmado por una autoridad en la que no confía, caducado, revocado o que no corresponde a su clave). Qt dijo: %1.</translation>
    </message>
    <message>
        <source>The server and Qt have no TLS version in common (Qt 6.4 with OpenSSL 3 speaks TLS 1.2 and 1.3). Qt said: %1.</source>
        <translation>El servidor y Qt no tienen ninguna versión de TLS en común (Qt 6.4 con OpenSSL 3 habla TLS 1.2 y 1.3). Qt dijo: %1.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake: it may have refused the client certificate, or it shares no cipher with Qt. Qt said: %1.</source>
        <translation>El servidor terminó el saludo TLS: puede que haya rechazado el certificado de cliente, o no comparte ningún cifrado con Qt. Qt dijo: %1.</translation>
    </message>
    <message>
        <source>The server asks for a client certificate and none was given: add one for this host (Edit → Preferences → Certificates in the window; --cert FILE, with --key FILE or --cert-type P12, on the command line).</source>
        <translation>El servidor pide un certificado de cliente y no se indicó ninguno: añada uno para este host (Editar → Preferencias → Certificados en la ventana; --cert FILE, con --key FILE o --cert-type P12, en la línea de órdenes).</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake: it may want a client certificate (Edit → Preferences → Certificates, or --cert FILE), or it shares no cipher with Qt. Qt said: %1.</source>
        <translation>El servidor terminó el saludo TLS: puede que quiera un certificado de cliente (Editar → Preferencias → Certificados, o --cert FILE), o no comparte ningún cifrado con Qt. Qt dijo: %1.</translation>
    </message>
    <message>
        <source>The server and this request have no TLS version in common: it offered %1. Qt said: %2.</source>
        <translation>El servidor y esta petición no tienen ninguna versión de TLS en común: ofreció %1. Qt dijo: %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was signed by an authority (%1) that is not among those %2 names in this program&apos;s environment (%3). As in curl, they replace this computer&apos;s authorities: add this one there, or pass it with --cacert FILE.</source>
        <translation>El certificado del servidor lo firmó una autoridad (%1) que no está entre las que %2 nombra en el entorno de este programa (%3). Como en curl, sustituyen a las autoridades de este equipo: añádala allí o pásela con --cacert ARCHIVO.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by %1, which is not among the authorities %2 names in this program&apos;s environment (%3; as in curl, they replace this computer&apos;s), and the server did not send its certificate. If %1 is an intermediate, the server&apos;s chain is incomplete: the server must send the intermediate with its certificate; if it is your CA itself, add it there or pass it with --cacert.</source>
        <translation>El certificado del servidor lo emitió %1, que no está entre las autoridades que %2 nombra en el entorno de este programa (%3; como en curl, sustituyen a las de este equipo), y el servidor no envió su certificado. Si %1 es una intermedia, la cadena del servidor está incompleta: el servidor debe enviar la intermedia con su certificado; si es su propia CA, añádala allí o pásela con --cacert.</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>%1 “%2”: there is no such file.</source>
        <translation>%1 “%2”: no existe ese archivo.</translation>
    </message>
    <message>
        <source>%1 “%2”: the file is too large to be a certificate or a key.</source>
        <translation>%1 “%2”: el archivo es demasiado grande para ser un certificado o una clave.</translation>
    </message>
    <message>
        <source>%1 “%2”: the file cannot be read (%3).</source>
        <translation>%1 “%2”: no se puede leer el archivo (%3).</translation>
    </message>
    <message>
        <source>Preferences → Certificates</source>
        <translation>Preferencias → Certificados</translation>
    </message>
    <message>
        <source>%1 “%2”: the file holds no certificate (PEM or DER).</source>
        <translation>%1 “%2”: el archivo no contiene ningún certificado (PEM o DER).</translation>
    </message>
    <message>
        <source>%1: the file is not PKCS#12 (a .p12 or .pfx file); for PEM or DER files, give --cert-type PEM or DER.</source>
        <translation>%1: el archivo no es PKCS#12 (un archivo .p12 o .pfx); para archivos PEM o DER, indique --cert-type PEM o DER.</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file could not be opened without a password; give it with --pass PASSWORD or --cert FILE:PASSWORD.</source>
        <translation>%1: no se pudo abrir el archivo PKCS#12 sin contraseña; indíquela con --pass PASSWORD o --cert FILE:PASSWORD.</translation>
    </message>
    <message>
        <source>%1: the password does not open this PKCS#12 file (or the file uses an old cipher OpenSSL 3 no longer reads). Nothing was sent.</source>
        <translation>%1: la contraseña no abre este archivo PKCS#12 (o el archivo usa un cifrado antiguo que OpenSSL 3 ya no lee). No se envió nada.</translation>
    </message>
    <message>
        <source>%1: the file holds no DER certificate.</source>
        <translation>%1: el archivo no contiene ningún certificado DER.</translation>
    </message>
    <message>
        <source>%1: the file holds no PEM certificate (for DER give --cert-type DER, for a .p12 file --cert-type P12).</source>
        <translation>%1: el archivo no contiene ningún certificado PEM (para DER indique --cert-type DER; para un archivo .p12, --cert-type P12).</translation>
    </message>
    <message>
        <source>%1: a DER certificate holds no key; give the key with --key FILE.</source>
        <translation>%1: un certificado DER no contiene la clave; indique la clave con --key FILE.</translation>
    </message>
    <message>
        <source>%1: the file holds no private key; give it with --key FILE.</source>
        <translation>%1: el archivo no contiene ninguna clave privada; indíquela con --key FILE.</translation>
    </message>
    <message>
        <source>--key “%1”: the file holds no private key.</source>
        <translation>--key “%1”: el archivo no contiene ninguna clave privada.</translation>
    </message>
    <message>
        <source>The key in “%1” is protected by a passphrase; give it with --pass PHRASE. Nothing was sent.</source>
        <translation>La clave de “%1” está protegida con una frase de contraseña; indíquela con --pass PHRASE. No se envió nada.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key in “%1”. Nothing was sent.</source>
        <translation>La frase de contraseña no abre la clave de “%1”. No se envió nada.</translation>
    </message>
    <message>
        <source>The key in “%1” cannot be read: it is not an RSA, EC or DSA private key in PEM or DER.</source>
        <translation>No se puede leer la clave de “%1”: no es una clave privada RSA, EC o DSA en PEM o DER.</translation>
    </message>
    <message>
        <source>--key “%1” was given without --cert: give the certificate it belongs to.</source>
        <translation>Se indicó --key “%1” sin --cert: indique el certificado al que pertenece.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: the client certificate Preferences → Certificates give for “%2” is locked by a password that was not given. Send a request to %1 itself to be asked for it.</source>
        <translation>No se envió nada a %1: el certificado de cliente que Preferencias → Certificados indica para “%2” está protegido con una contraseña que no se proporcionó. Envíe una petición al propio %1 para que se la pidan.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: the client certificate Preferences → Certificates give for “%2” cannot be used: %3</source>
        <translation>No se envió nada a %1: el certificado de cliente que Preferencias → Certificados indica para “%2” no se puede usar: %3</translation>
    </message>
    <message>
        <source>--tlsv1.3 with --tls-max 1.2 leaves no TLS version to offer: give one of them.</source>
        <translation>--tlsv1.3 con --tls-max 1.2 no deja ninguna versión de TLS que ofrecer: indique solo una de las dos.</translation>
    </message>
    <message>
        <source>TLS 1.3 only, as --tlsv1.3 asked</source>
        <translation>solo TLS 1.3, como pedía --tlsv1.3</translation>
    </message>
    <message>
        <source>TLS 1.2 only, as --tls-max 1.2 asked</source>
        <translation>solo TLS 1.2, como pedía --tls-max 1.2</translation>
    </message>
    <message>
        <source>The key in “%1” is an %2 key, which Qt 6.4 cannot present in a TLS handshake; an RSA or EC (P-256, P-384) client certificate works. Nothing was sent.</source>
        <translation>La clave de «%1» es una clave %2, que Qt 6.4 no puede presentar en un protocolo de enlace TLS; un certificado de cliente RSA o EC (P-256, P-384) funciona. No se envió nada.</translation>
    </message>
    <message>
        <source>The key in “%1” is an OpenSSH key (as in ~/.ssh), not a TLS private key: give the key the certificate was issued for (PEM, “BEGIN PRIVATE KEY”). Nothing was sent.</source>
        <translation>La clave de «%1» es una clave OpenSSH (como en ~/.ssh), no una clave privada TLS: indique la clave para la que se emitió el certificado (PEM, «BEGIN PRIVATE KEY»). No se envió nada.</translation>
    </message>
    <message>
        <source>%1 “%2”: there is no such folder.</source>
        <translation>%1 “%2”: no existe esa carpeta.</translation>
    </message>
    <message>
        <source>%1 “%2”: the folder holds no certificate (PEM or DER files).</source>
        <translation>%1 “%2”: la carpeta no contiene ningún certificado (archivos PEM o DER).</translation>
    </message>
    <message>
        <source>%1 Nothing was sent to %2: the variable is set in this program&apos;s environment and, as in curl, names the authorities https requests trust; correct or unset it, or give the authorities with --cacert.</source>
        <translation>%1 No se envió nada a %2: la variable está definida en el entorno de este programa y, como en curl, nombra las autoridades en que confían las solicitudes https; corríjala o elimínela, o indique las autoridades con --cacert.</translation>
    </message>
    <message>
        <source>%1 “%2”: the file is a PKCS#7 bundle (.p7b), which Qt 6.4 cannot read; make a PEM file of it with “%3” and give that.</source>
        <translation>%1 “%2”: el archivo es un paquete PKCS#7 (.p7b), que Qt 6.4 no puede leer; haga con “%3” un archivo PEM y páselo.</translation>
    </message>
    <message>
        <source>%1 “%2”: the file is PKCS#12 (.p12, .pfx), which holds a certificate with its key, not authorities to trust; take its authorities out with “%3” and give that.</source>
        <translation>%1 “%2”: el archivo es un PKCS#12 (.p12, .pfx), que contiene un certificado con su clave, no autoridades de confianza; saque sus autoridades con “%3” y páselas.</translation>
    </message>
</context>
<context>
    <name>UrlInput</name>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>un tabulador</translation>
    </message>
    <message>
        <source>the control character 0x%1</source>
        <translation>el carácter de control 0x%1</translation>
    </message>
    <message>
        <source>the character “%1”</source>
        <translation>el carácter “%1”</translation>
    </message>
    <message>
        <source>The IPv6 address “%1” is missing its closing “]”.</source>
        <translation>A la dirección IPv6 “%1” le falta el “]” de cierre.</translation>
    </message>
    <message>
        <source>Only a port can follow the IPv6 address %1, as in %1:8080, not “%2”.</source>
        <translation>Tras la dirección IPv6 %1 solo puede ir un puerto, como en %1:8080, no “%2”.</translation>
    </message>
    <message>
        <source>The host “%1” holds several colons: an IPv6 address is written in brackets, as in http://[::1]:8080/.</source>
        <translation>El host “%1” contiene varios dos puntos: una dirección IPv6 se escribe entre corchetes, como en http://[::1]:8080/.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>La URL no tiene nombre de host.</translation>
    </message>
    <message>
        <source>The host name “%1” contains %2.</source>
        <translation>El nombre de host “%1” contiene %2.</translation>
    </message>
    <message>
        <source>The port after “%1:” is empty; leave the colon out for the usual port.</source>
        <translation>El puerto tras “%1:” está vacío; quite los dos puntos para usar el puerto habitual.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number.</source>
        <translation>El puerto “%1” no es un número.</translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>El puerto %1 no está entre 1 y 65535.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>“%1” no es una dirección IPv6.</translation>
    </message>
    <message>
        <source>The host name “%1” contains %2, which is not allowed in a host name.</source>
        <translation>El nombre de host “%1” contiene %2, que no está permitido en un nombre de host.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name.</source>
        <translation>“%1” no es un nombre de host válido.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>La URL está vacía.</translation>
    </message>
    <message>
        <source>Two slashes and the host name come after “%1:”, as in %1://example.org/.</source>
        <translation>Tras “%1:” van dos barras y el nombre de host, como en %1://example.org/.</translation>
    </message>
    <message>
        <source>“%1” is a path without a host: write the host in front, as in http://example.org%1.</source>
        <translation>“%1” es una ruta sin host: escriba el host delante, como en http://example.org%1.</translation>
    </message>
    <message>
        <source>Only http and https URLs can be requested, not “%1:”.</source>
        <translation>Solo se pueden pedir URL http y https, no “%1:”.</translation>
    </message>
    <message>
        <source>The scheme of the URL contains a character that is not allowed; use http:// or https://.</source>
        <translation>El esquema de la URL contiene un carácter no permitido; use http:// o https://.</translation>
    </message>
    <message>
        <source>The user name or password in the URL contains a character that is not allowed; write it percent-encoded (%40 for @, %3A for :).</source>
        <translation>El nombre de usuario o la contraseña de la URL contiene un carácter no permitido; escríbalo con codificación por porcentaje (%40 para @, %3A para :).</translation>
    </message>
    <message>
        <source>The host name of the URL contains a character that is not allowed in a host name.</source>
        <translation>El nombre de host de la URL contiene un carácter que no está permitido en un nombre de host.</translation>
    </message>
    <message>
        <source>The IPv6 address in the URL is missing its closing “]”.</source>
        <translation>A la dirección IPv6 de la URL le falta el “]” de cierre.</translation>
    </message>
    <message>
        <source>The address in brackets in the URL is not an IPv6 address.</source>
        <translation>La dirección entre corchetes de la URL no es una dirección IPv6.</translation>
    </message>
    <message>
        <source>The port of the URL is empty; leave the colon out for the usual port.</source>
        <translation>El puerto de la URL está vacío; quite los dos puntos para usar el puerto habitual.</translation>
    </message>
    <message>
        <source>The port of the URL is not a number between 1 and 65535.</source>
        <translation>El puerto de la URL no es un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The path of the URL contains a character that is not allowed.</source>
        <translation>La ruta de la URL contiene un carácter no permitido.</translation>
    </message>
    <message>
        <source>The query of the URL contains a character that is not allowed.</source>
        <translation>La consulta de la URL contiene un carácter no permitido.</translation>
    </message>
    <message>
        <source>The fragment of the URL (after #) contains a character that is not allowed.</source>
        <translation>El fragmento de la URL (tras #) contiene un carácter no permitido.</translation>
    </message>
    <message>
        <source>The URL is not valid; write it as http://host/path or https://host/path.</source>
        <translation>La URL no es válida; escríbala como http://host/ruta o https://host/ruta.</translation>
    </message>
</context>
<context>
    <name>WarnCodes</name>
    <message>
        <source>%1 is a code of the Warning header, not a status code: “%1 %2” (%3). RFC 9111 made the Warning header obsolete, and no status line carries it.</source>
        <translation>%1 es un código de la cabecera Warning, no un código de estado: «%1 %2» (%3). El RFC 9111 declaró obsoleta la cabecera Warning, y ninguna línea de estado lo lleva.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>StatusScope cannot open its window: %1
The installation is incomplete. The command line still works: statusscope --help
</source>
        <translation>StatusScope no puede abrir su ventana: %1
La instalación está incompleta. La línea de órdenes sigue funcionando: statusscope --help
</translation>
    </message>
    <message>
        <source>StatusScope cannot open its window: there is no display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset).
The command line works without one: statusscope --help
</source>
        <translation>StatusScope no puede abrir su ventana: no hay pantalla (DISPLAY, WAYLAND_DISPLAY y QT_QPA_PLATFORM no están definidas).
La línea de órdenes funciona sin ella: statusscope --help
</translation>
    </message>
</context>
</TS>

// Words that look like second-person verb forms but are usually something else. Hand-reviewed lists.

/**
 * Plural nouns and adjectives spelled like a tú form (`cuentas`, `entregas`, `disculpas`). Read as a verb only
 * right after a pronoun or an adverb that only goes with verbs (`te quejas`, `no compras`, `¿nos cuentas…`).
 */
export const NOUN_HOMOGRAPHS: ReadonlySet<string> = new Set(
  `cuentas compras entregas reservas pruebas marcas notas dudas quejas preguntas ofertas facturas esperas consultas
  visitas cargas descargas recargas firmas formas copias ayudas citas tasas cortes partes bases sales libres llenas
  vacías limpias listas juntas bajas ganas cenas vales cobras pagas multas sumas restas guardas pesas cuestas
  apuestas fuerzas meriendas cocinas duchas pintas luchas peleas sobras mudas ocultas activas mejoras fallas tiras
  pegas disculpas contratas rellenas públicas publicas bebes llamas velas sueltas cajas lavas andas mandas cambias
  pasas esperes tomas temas rebajas ventas tallas colas coberturas fijas cierres regalas pides deudas sales
  partes debes salidas sientes metas paradas paras llevas gastos gastas cuidas marchas tardes noches cobres
  encargas encargues avisos horas costas cargos bajes altas alzas cruces viajes puentes frenes deportes recortes
  toques choques apoyes goces enfoques aportes ajustes importes bloques pagues pases entres cobres notes
  tiendas funciones gestiones soluciones selecciones menciones ocasiones presiones emociones guías guias temas
  metas comas vendas vivas detalles soportes reportes viajes cierres lances avances alcances cruces ordenes
  mentiras carreras`
    .split(/\s+/)
    .filter((w) => w !== ""),
);

/**
 * Words that, once their accents are dropped, are read as verb forms but are far more often function words
 * (`estas` = these, not `estás`). Only matched when written with the accent.
 */
export const FOLDED_STOP: ReadonlySet<string> = new Set(
  "estas esta este de se te el tu mas si solo aun como que donde cuando quien cual hacia seria continua ultimo".split(
    " ",
  ),
);

/** Words that end like an imperative with enclitic pronouns but are nouns (tomate ≠ toma + te, velas ≠ ve + las). */
export const ENCLITIC_STOP: ReadonlySet<string> = new Set(
  `tomate remate debate disparate paganos vela velas velos dados correos combate rescate acicate cohete
  alicate petate remates debates tomates disparates combates`
    .split(/\s+/)
    .filter((w) => w !== ""),
);

/**
 * Third-person subjunctive forms that start sentences as interjections or other words, so they are not read
 * as formal imperatives (¡Vaya!, ¡Venga!, Sea como sea, Entre semana, Sobre su pedido…).
 */
export const SUBJUNCTIVE_STOP: ReadonlySet<string> = new Set(
  `vaya venga sea una unas entre sobre este ese viaje pase cobre ajuste importe detalle haya esté baje cheque
  quede reste sume coste cueste bloque enfoque aporte toque choque goce frene recorte deporte cruce
  apoye avance avances presente presenten calle sienta siente mande quieran quiera pueda puedan
  deba deban`
    .split(/\s+/)
    .filter((w) => w !== ""),
);

/** Words after which a second-person form is surely a verb. */
export const VERBAL_BEFORE: ReadonlySet<string> = new Set(
  "te me nos lo la los las le les no tú tu ya si sí también tampoco nunca siempre que cuando cómo como ¿ porque aún todavía se os vosotros ustedes usted".split(
    " ",
  ),
);

/** Words after which a subjunctive is expected (`que tengas`, `no dudes`, `cuando quieras`, `ojalá puedas`). */
export const SUBJUNCTIVE_BEFORE: ReadonlySet<string> = new Set(
  "que no te me nos lo la los las le les se ojalá quizá quizás cuando mientras hasta aunque donde tal ya".split(
    " ",
  ),
);

/** Prepositions: a form right after one is a noun (`en tiendas`, `de compras`, `por entregas`). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  "a ante bajo con contra de desde en entre hacia hasta para por según sin sobre tras durante mediante".split(
    " ",
  ),
);

/** Determiners and quantifiers: a form right after one is a noun (`las cuentas`, `tus compras`). */
export const DETERMINERS: ReadonlySet<string> = new Set(
  `las los unas unos mis tus sus nuestras nuestros vuestras vuestros estas estos esas esos aquellas aquellos
  varias varios muchas muchos pocas pocos algunas algunos otras otros todas todos ambas ambos dos tres cuatro
  cinco diez cien mil sendas demás ciertas ciertos cuantas cuantos cuántas cuántos tantas tantos
  la el un una mi su tu del al esta este esa ese`
    .split(/\s+/)
    .filter((w) => w !== ""),
);

/**
 * Verbs used for instructions. At the start of a clause their tú imperative (the same spelling as the
 * third-person present: «Entra en Mi cuenta», «Pulsa aquí») is read as an imperative; other verbs there are
 * more often a statement with the subject left out («Llega mañana», «Funciona con pilas»).
 */
export const INSTRUCTION_VERBS: ReadonlySet<string> = new Set(
  `entrar pulsar mirar revisar escribir comprobar acceder descargar instalar seleccionar rellenar completar
  recordar contactar llamar indicar enviar adjuntar copiar pegar borrar reiniciar conectar desconectar
  encender avisar disfrutar confirmar verificar actualizar cancelar elegir añadir guardar
  introducir preguntar probar consultar visitar escoger usar utilizar dejar perdonar
  disculpar tranquilizar cuidar aprovechar desenchufar enchufar apagar presionar girar retirar colocar montar
  teclear agendar checar platicar escanear deslizar arrastrar`
    .split(/\s+/)
    .filter((w) => w !== ""),
);

/** Instruction forms that are more often nouns at the start of a clause (Prueba de compra, Consulta resuelta). */
export const INSTRUCTION_STOP: ReadonlySet<string> = new Set(
  "prueba consulta visita descarga espera entrega compra cuenta reserva marca nota copia firma carga ayuda busca guarda cierra echa deja usa".split(
    " ",
  ),
);

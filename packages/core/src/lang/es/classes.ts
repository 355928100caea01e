// What Spanish words mean to the judgement rules: lexical classes of single words, of multi-word expressions and
// of verb lemmas (every form of a lemma in the verb table takes its classes). Keys are lowercase without accents
// (ñ kept), as the analysis folds words. Written by the normas maintainers (MIT); see LEXICONS.md.
import type { Sem } from "../analysis.js";

/** Single words by class (space-separated). */
export const WORDS: Partial<Record<Sem, string>> = {
  "personal-data":
    "datos telefonos telefono moviles correos correo emails email nombres direcciones contrasenas contrasena claves clave tarjetas dni cuentas",
  alarm:
    "incidente incidencia filtracion filtraciones brecha hackeo hackear hackeado hackeada hackeados hackearon hackers ataque ciberataque robado robados robada robadas robaron expuesto expuestos expuesta expuestas expusieron filtrado filtrados filtrada filtradas afectado afectados afectada afectadas afecta afectan seguro segura seguros seguras seguridad peligro peligroso peligrosa riesgo riesgos preocupa preocupada preocupado preocupados preocupacion miedo noticias noticia bulo rumores investigacion investigando investigamos fuego incendio quemado quemada quemo humo exploto explotar sobrecalentamiento sobrecalienta sobrecalento caliente retirada retirar suplantar suplantacion estafadores fraude contraseña contraseñas cifrado cifrada vulnerable alerta",
  neg: "no nunca jamas ni tampoco nadie ningun ninguna ninguno nada",
  cond: "si cuando",
  report:
    "segun dijo dice dicen dijeron afirma afirmo asegura aseguro comenta comento conto escribio sostiene alega alego",
  coord: "y e pero o u sino aunque",
  subord: "que porque mientras donde como pues",
  hedge:
    "aproximadamente aprox estimado estimada estimados estimadas previsiblemente normalmente quizas quiza posiblemente probablemente seguramente habitualmente generalmente orientativo orientativa estandar",
  det: "el la los las lo un una unos unas su sus tu tus mi mis nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras este esta estos estas ese esa esos esas aquel aquella del al cada otro otra otros otras todo toda todos todas algun alguna ningun",
  prep: "de a con por para en sin sobre entre hacia hasta desde tras segun mediante durante contra",
  we: "nosotros nosotras nuestro nuestra nuestros nuestras",
  i: "yo mi mis conmigo",
  you: "tu tus usted ustedes vosotros vosotras vuestro vuestra vuestros vuestras ti contigo",
  they: "ellos ellas ella",
  company:
    "empresa compañia marca directiva gerencia corporacion multinacional firma grupo organizacion consejo administracion",
  staff:
    "repartidor repartidora repartidores mensajero mensajera conductor conductora tecnico tecnica tecnicos empleado empleada empleados dependiente dependienta agente agentes operario operaria personal almacen trabajador trabajadora encargado encargada cajero cajera camarero camarera instalador instaladora chofer transportista comercial comerciales responsable compañero compañera",
  "third-party":
    "banco bancos correos paqueteria mensajeria gobierno ayuntamiento proveedor proveedores fabricante aduana aduanas",
  money:
    "dinero importe importes coste costes costo costos gasto gastos precio diferencia euros euro eur pesos peso dolares dolar libras libra monto cantidad factura cuota cuotas tarifa recargo comision pago pagos mensualidad total plata lana portes cargo cargos cobro cobros",
  charge: "cargo cargos cobro cobros recargo comision comisiones",
  "refund-n": "reembolso reintegro abono transferencia ingreso deposito",
  "compensation-n": "compensacion indemnizacion bonificacion resarcimiento",
  voucher:
    "vale vales cupon cupones bono bonos credito saldo puntos regalo regalos obsequio obsequios detalle giftcard voucher muestra muestras",
  free: "gratis gratuito gratuita gratuitos gratuitas",
  discount: "descuento descuentos rebaja rebajas dto promocion promo 2x1",
  code: "codigo codigos cupon clave",
  order:
    "pedido pedidos paquete paquetes envio envios entrega producto productos articulo articulos caja cajas unidad unidades reemplazo repuesto recambio compra compras orden encargo mercancia lote pack",
  time: "mañana hoy manana semana lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre mediodia tarde noche semana finde horas dias hrs hs",
  certain: "garantizado garantizada garantizados asegurado asegurada prometido prometida fijo seguro",
  legal: "legalmente ley leyes normativa legislacion juridicamente legal profeco",
  fault: "culpa culpable culpables",
  negligence: "negligencia negligencias negligente negligentes negligentemente descuido imprudencia",
  incident:
    "error errores fallo fallos falla fallas defecto defectos retraso retrasos demora derrame vertido rotura incidente incidencia averia corte apagon fuga contaminacion intoxicacion caida",
  "rules-n": "contrato contratos normativa normas norma ley leyes reglamento derechos obligaciones protocolo",
  liable: "responsable responsables",
  responsibility: "responsabilidad responsabilidades",
  harm: "daño daños perjuicio perjuicios lesion lesiones perdidas desperfecto desperfectos accidente caida quemadura quemaduras intoxicacion inundacion incendio herida heridas contaminado contaminada contaminados vertido",
  official: "oficial oficiales oficialmente formalmente",
  stance:
    "posicion postura posicionamiento decision decisiones comunicado declaracion anuncio criterio compromiso politica",
  behalf: "representante representantes portavoz vocero vocera representacion representando",
  body: "direccion dirigencia consejo junta directiva gerencia liderazgo comite",
  personal: "personalmente",
  channel: "cuenta perfil tienda web pagina canal distribuidor distribuidora sitio app",
  already: "ya nuevamente reiteradamente enesima",
  broken:
    "roto rota rotos rotas dañado dañada dañados abollado abollada abolladas abollados aplastado aplastada reventado reventada reventadas defectuoso defectuosa estropeado estropeada caducado caducada rancio rancia mojado mojada derramado derramada goteando abierto abiertas equivocado equivocada equivocados error errores falla fallo caliente tibia tibio agrio agria vacio vacia incompleto incompleta perdido perdida robado robada desaparecido desaparecida desaparecieron grosero grosera maleducado maleducada raro rara rarisimo rarisima tragado trago vaciado vaciaron derramo derramaron faltaban faltan faltaba invalido valido tardo tardaron tardado mojo floja flojo derretido derretida pegado pegada asqueroso asquerosa podrido podrida rechazada rechazado ruidoso ruidosa",
  waiting:
    "esperando espera retraso retrasos retrasado demora tarde semanas dias meses horas todavia aun rastro",
  again: "tercera cuarta quinta nuevamente siempre",
  bad: "pesimo pesima terrible horrible fatal vergüenza verguenza vergonzoso lamentable inaceptable indignante decepcion decepcionado decepcionada ridiculo desastre asco peor cutre timo estafa robo penoso malisimo malisima harto harta hartos cansado cansada agotador engañado engañada engañados estafado estafada timado timada odio pesadilla",
  sorry:
    "lamentamos lamento sentimos siento disculpa disculpas disculpe disculpen perdon perdona perdone perdonen",
  validate:
    "razon comprensible entendemos entiendo comprendemos comprendo frustrante normal logico desesperante valido comprensible",
  private: "dm md privado inbox whatsapp",
  leisure:
    "spa piscina playa terraza vacaciones hotel jardin sofa baño bañera verano sabor sabores burbujas descanso hamaca sol domingo sabado finde",
  mock: "felicidades enhorabuena felicitaciones bravo genio campeon campeona ternurita cariño obvio obviamente evidentemente listillo",
  belittle:
    "drama dramas tragedia exagerar exagerando exagerado exagerada exageras exagere dramatico dramatica",
  problem: "problema problemas",
  slow: "despacito despacio",
  product: "refresco refrescos bebida bebidas lata latas botella botellas producto te infusion cafe",
  elsewhere: "competencia",
};

/** Multi-word expressions by class (`|`-separated); the class goes on every word of the expression. */
export const PHRASES: Partial<Record<Sem, string>> = {
  alarm:
    "lo de|lo del|lo que ha pasado|lo que paso|lo sucedido|lo ocurrido|que ha pasado|que paso|que esta pasando|lo que esta pasando|en las noticias|lo que ha salido|a salvo",
  aside: "al margen de|aparte de|dejando de lado|dejando a un lado|mas alla de|ademas de",
  please: "por favor|porfa|porfis",
  cond: "en caso de que|a menos que|salvo que|siempre que|siempre y cuando|en cuanto|una vez que|hasta que|tan pronto como|en el caso de que|en el caso de",
  free: "sin coste|sin costo|sin cargo|sin ningun coste|sin ningun costo|sin coste alguno|cero costo|sin pagar nada",
  "on-us":
    "de cortesia|por nuestra cuenta|a nuestra cuenta|a nuestro cargo|corre de nuestra cuenta|va por la casa|invita la casa|a cuenta nuestra|por cuenta nuestra|corre por nuestra cuenta|va de nuestra parte|cortesia de la casa|de nuestra cuenta|correran de nuestra cuenta|corren de nuestra cuenta",
  discount: "mitad de precio|a mitad de precio|precio especial",
  certain:
    "sin falta|si o si|sin ninguna duda|sin ningun genero de dudas|con toda seguridad|de todas todas|palabra de honor|te lo prometo|se lo prometo|te lo garantizo|se lo garantizo|te lo aseguro|se lo aseguro|pase lo que pase",
  time: "pasado mañana|esta noche|esta semana|este fin de semana|la semana que viene|la proxima semana|primera hora|antes del|antes de las|antes de que acabe|en 24 horas|en 48 horas|en 72 horas|dias habiles",
  legal:
    "por ley|tiene derecho|tienes derecho|tienen derecho|tiene usted derecho|le ampara|te ampara|garantia legal|derecho de desistimiento|derechos como consumidor",
  entitled: "tiene derecho|tienes derecho|tienen derecho|le corresponde|te corresponde|les corresponde",
  behalf:
    "en nombre de|en representacion de|a nombre de|hablando por|hablo por|de parte de|como representante|como portavoz",
  official:
    "de forma oficial|con caracter oficial|es oficial|esto es oficial|eso es oficial|dejar constancia|que quede claro|fuerte y claro|dejar clara",
  company: "como empresa|como compañia|como marca|como grupo|toda la familia",
  personal: "en mi opinion|a titulo personal|a nivel personal|mi opinion personal|opinion personal",
  hedge: "en principio|si todo va bien|salvo imprevistos|si no hay imprevistos|mas o menos|alrededor de",
  already:
    "otra vez|de nuevo|una vez mas|mil veces|varias veces|muchas veces|por enesima vez|ya se lo|ya te lo|ya les|lo mismo|tercera vez|cuarta vez|quinta vez|mismo hilo|seguir mandando",
  elsewhere:
    "otro sitio|otra marca|otras marcas|otra tienda|otra empresa|la puerta|la competencia|otro proveedor|nadie le obliga|nadie te obliga|nadie les obliga|nadie os obliga|nadie te detiene|nadie le detiene|no compre|no compres|no la compres|no lo compres|no la compre|no lo compre|dejar de seguirnos|deja de seguirnos",
  others:
    "todos los demas|a todos los demas|el resto de clientes|los demas clientes|miles de clientes|cientos de clientes|nadie mas|ningun otro cliente|la cantidad de clientes",
  mock: "escriba una quinta|no se va a morir|sobrevivira|sobreviviras|fans tan|que para algo|que sorpresa|quien lo iba a decir|menuda sorpresa|sin dramas|uy si|ay si|no muerde|asi de dificil|y que esperabas|y que esperaba|que esperabas que|que quieres que hagamos|que quiere que hagamos|pues creelo|asi es la vida|porque quisimos|porque si|es lo que hay|no vamos a volver sobre el tema|cultura general|la pista esta en|usa la logica|use la logica|tantito la logica|piense un poco|piensa un poco|a la cuarta va la vencida|las matematicas son las que son|estamos a mano|que mas quieres|que mas quiere|agradece que|agradezca que|que es muy facil|no es complicado",
  belittle:
    "no es para tanto|tampoco es para tanto|tanto drama|no es el fin del mundo|no hace falta ser|no tiene ciencia|no es tan dificil|no es tan complicado|nada grave|no la hipoteca|no es la hipoteca|es un refresco|podria ser peor|tanto escandalo|tanto lio|hacer un drama|montar un drama|respire hondo|respira hondo|ya se te pasara|problema tuyo|cosa tuya|cosa suya|a su altura|a tu altura|hay otras marcas|nadie le obliga|nadie te obliga|y aun asi aqui|bajale dos rayitas|no hace falta gritar|no grites|no grite|no griten|no estamos sordos|no es nada|tampoco es tanto|no es para llorar|tampoco es para llorar|tampoco hay que ponerse asi|no hay que ponerse asi|no exageremos|no exagere|hay quien espera mas|como todo el mundo|hay mas clientes|nadie mas se queja|otros clientes no se quejan|es lo que tiene|asi es la tecnologia|hay dias y dias|cosas que pasan|aun no ha terminado|la vida real|con mandarlo una vez|bastaba con una vez|otra cosa es que|no cuesta tanto|solo hay que leer|letras chiquitas|letra pequena|ha probado a leer|has probado a leer|pedir demasiado|no es nuestro unico cliente|no eres nuestro unico cliente|no es el unico cliente|no eres el unico cliente|un poco dramatico|un poco dramatica|lo que usted diga|lo que tu digas|lo barato sale caro|nada mas que anadir|que nadie lee|se molestara en leer|se molestaran en leer|el unico que se queja|la unica que se queja|compre en otro sitio|compra en otro lado|compre en otro lado|cuando le llegue|cuando te llegue",
  slow: "para que lo entienda|para que lo entiendas|para que me entienda|para que me entiendas|a ver si asi|a ver si asi lo",
  "stop-v": "deje de|deja de|dejen de|dejad de",
  waiting:
    "sigo esperando|sigo sin|ni rastro|y nada|hoy es|a dia de hoy|todavia no|aun no|ya van|llevo|lleva|desde el|desde hace|sin enviar|sin noticias|sin respuesta|en espera|ni me leen|ni caso|sigue en|sigue como|sigue pendiente|sigue sin|sigue igual|estamos a|y ya es|vamos por el|en la fila|en la cola|pendiente de pago|sin paquete|sin pedido|semanas ya|dias ya|silencio absoluto|y silencio|ni un mensaje|ni un correo|ni una llamada|tanto en contestar|tanto en responder|algun dia|de adorno|no lo coge nadie|nadie lo coge|nadie coge",
  broken:
    "sabia a|sabe a|sabia raro|sabor raro|olia raro|huele raro|no tiene gas|poco gas|venia sin gas|llego sin gas|no valido|no es valido|se quedo con|dos cargos|doble cargo|cobro doble|me cobraron|me han cobrado|me cobran|me prometieron|nunca me llamaron|no corresponde|llego sin|venia sin|venian sin|vino sin|aunque cancele|tras cancelar|despues de cancelar|de malas maneras|de mala manera|en lugar de|en vez de|se sale|se salio|sin mi pedido|sin avisar|sin avisarme|no se aplico|menos refresco|viendo la cara|ya no sabe igual|ya no sabe|nunca salio|no me dieron|de otra persona|cambio de menos|me borro|me borraron|me han borrado|me bloquearon|me han bloqueado|se tragan|se trago|se tragaron|sin tapon|me cierra la sesion|cobrado de mas|cobraron de mas|me colgaron|me cuelgan",
  again:
    "otra vez|de nuevo|ya van|por tercera vez|segunda vez|tercera vez|cuarta vez|cada vez que|ambas veces|las dos veces|nadie contesta|nadie me contesta|nadie responde|nadie me responde|no contestan|no responden|siempre comunica|siempre comunicaba|ninguna respuesta|ni una respuesta|ni una sola respuesta|perdi la cuenta|cuantas veces|nadie coge|nadie contesta|nadie responde|nadie me contesta|nadie me responde|alguien ahi|hay alguien ahi|hay alguien",
  bad: "mal servicio|tomadura de pelo|no puedo creer|no es normal|que verguenza|menuda verguenza|vaya servicio|que buen servicio|que bonito|gracias por nada|mal estado|en mal estado|sin previo aviso|sin avisar|sin luz|sin cobertura|sin internet|sin señal|sin servicio|corte de luz",
  validate:
    "tiene razon|tienes razon|tienen razon|toda la razon|con razon|no es para menos|es normal que|entendemos perfectamente|lo entendemos|te entiendo|le entiendo|no eres el unico|no es el unico|no es la unica|no eres la unica|no es culpa suya|no es culpa tuya|no fue culpa suya|no fue culpa tuya|gracias por avisar|gracias por avisarnos|gracias por contarnos|gracias por contarnoslo|gracias por reportar|gracias por decirnos|gracias por tu paciencia|gracias por su paciencia|que rabia|que mal|vaya faena|menuda faena|que pena|no deberia haber pasado|no es lo que esperamos|no es lo que queremos|todo el derecho|estamos en ello|estamos en eso|nos ponemos con ello|te escuchamos|le escuchamos|gracias por la paciencia|gracias por tu paciencia|por avisarnos|por avisar|por el aviso|por reportarlo|por comentarlo|por contarnoslo|con razon|con toda la razon|no es de recibo|no hay derecho|demasiado tiempo|con razon esta|que rabia|que faena|vaya faena|le agradecemos el aviso|te agradecemos el aviso|gracias por la paciencia|no es el unico|no eres el unico|no esta solo|no estas solo|dejame revisar|dejeme revisar|dejame checar|dejeme checar|le cuento en cuanto|te cuento en cuanto|perdonanos|perdonenos|nos sabe fatal|nos sabe mal|sabe fatal|es muchisimo|es demasiado|normal que este|normal que estes|con motivo|para enfadarse|no tendria que darse|no tendria que pasar|nadie tiene por que|le atiendo yo|te atiendo yo|le pasa a cualquiera|le pasa a muchisima gente|le agradecemos|te agradecemos|agradecemos mucho|esta en ello|estan en ello|estamos en ello|estamos con ello",
  private:
    "mensaje privado|mensaje directo|por privado|al privado|por dm|por md|por correo|por email|por e-mail|por mail|al correo|a nuestro correo|por whatsapp|por telefono|al telefono|llamar al|atencion al cliente",
  "refund-n":
    "dinero de vuelta|devolucion del dinero|devolucion del importe|devolucion de su dinero|devolucion de tu dinero",
  report: "me dijeron|nos dijeron|le dijeron|te dijeron|para usted|para ti|segun usted|en su opinion",
};

/** Verb lemmas by class: every form of the verb takes the class. */
export const LEMMAS: Partial<Record<Sem, string>> = {
  "refund-v": "reembolsar reintegrar restituir",
  "return-v": "devolver regresar",
  "cancel-v": "anular cancelar retirar quitar condonar eximir revertir perdonar",
  "credit-v": "abonar acreditar ingresar transferir depositar",
  "compensate-v": "compensar indemnizar bonificar resarcir",
  "gift-v": "regalar obsequiar",
  discount: "rebajar descontar reducir bajar",
  "promise-v": "garantizar asegurar prometer comprometer",
  "cover-v": "cubrir costear sufragar asumir absorber",
  "pay-v": "pagar depositar abonar ingresar transferir reintegrar",
  "give-v":
    "dar enviar mandar regalar obsequiar ofrecer compartir añadir sumar cargar aplicar reponer sustituir cambiar reemplazar poner activar incluir facilitar proporcionar despachar entregar adelantar adjuntar dejar hacer generar",
  "receive-v": "recibir tener obtener contar disfrutar llevar",
  "arrive-v": "llegar entregar estar recibir tener",
  "appear-v": "reflejar aparecer ver",
  "process-v": "procesar tramitar gestionar emitir realizar efectuar proceder hacer",
  report: "",
  "admit-v": "reconocer admitir asumir aceptar confesar",
  "breach-v": "incumplir violar infringir vulnerar",
  "cause-v": "causar provocar ocasionar deber producir",
  incident: "fallar equivocar",
  harm: "dañar herir quemar romper contaminar lesionar",
  "comply-v": "cumplir respetar seguir",
  "opinion-v": "pensar creer sentir opinar considerar parecer",
  "decide-v": "decidir resolver acordar optar",
  "stance-v":
    "decidir resolver acordar optar anunciar comprometer condenar rechazar apoyar respaldar desmarcar deslindar tolerar aceptar oponer adherir posicionar desvincular sumar",
  "announce-v": "anunciar comunicar confirmar declarar informar manifestar",
  "publish-v": "publicar emitir difundir fijar",
  "share-v": "pasar compartir enlazar adjuntar dejar remitir consultar leer encontrar mirar",
  "calm-v": "calmar tranquilizar relajar serenar sosegar apaciguar respirar",
  "upset-v": "alterar exaltar enfadar alarmar poner",
  "function-v":
    "funcionar llegar contestar responder devolver dejar cargar encender aparecer enviar abrir arrancar conectar servir aceptar reembolsar ayudar leer atender sincronizar llamar depositar abonar pagar ingresar dar salir aplicar mover",
  "charge-v": "cobrar facturar cargar",
  "action-v":
    "revisar mirar comprobar investigar escalar trasladar gestionar solucionar arreglar reponer cambiar enviar mandar tramitar verificar analizar estudiar corregir resolver averiguar consultar checar chequear actualizar reembolsar devolver abonar reprogramar agendar rastrear localizar reenviar rastrear reembolsar reponer",
  "contact-v": "escribir llamar contactar avisar responder contestar comunicar informar marcar",
  "ask-v": "preguntar insistir escribir quejar reclamar",
  "tell-v":
    "decir explicar comentar indicar informar repetir avisar advertir aclarar contar responder contestar",
  "read-v": "leer revisar mirar fijar consultar comprobar",
};

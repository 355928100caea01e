// Frequent Spanish verbs, with their conjugation class where the spelling alone does not tell it.
// Hand-written from general frequency lists and the verbs community-management replies use most
// (contactar, escribir, indicar, gestionar…). Flags after ':' (comma-separated):
//   ie   stressed e → ie (pensar → piensas)          ue   stressed o → ue (contar → cuentas)
//   i    stressed e → i, -ir verbs (pedir → pides)    uu   u → ue (jugar → juegas)
//   ii   i → ie (adquirir → adquieres)                acc  stressed í/ú written (enviar → envías)
//   =X   compound of the irregular verb X (mantener=tener): prefix + X's irregular forms.
// `-Vcer/-Vcir` verbs take -zc- automatically; `-uir` verbs take -y-; spelling changes (c/qu, g/gu, z/c, g/j,
// gu/g) are applied by the generator.

export const VERB_LIST = `
ser estar haber tener hacer poder decir ir ver dar saber querer llegar pasar deber poner parecer quedar creer
hablar llevar dejar seguir:i encontrar:ue llamar venir pensar:ie salir volver:ue tomar conocer vivir sentir:ie
tratar mirar contar:ue empezar:ie esperar buscar existir entrar trabajar escribir perder:ie producir ocurrir
entender:ie pedir:i recibir recordar:ue terminar permitir aparecer conseguir:i comenzar:ie servir:i sacar
necesitar mantener=tener resultar leer caer cambiar presentar crear abrir considerar oír acabar convertir:ie
ganar formar traer partir morir:ue aceptar realizar suponer=poner comprender lograr explicar preguntar tocar
reconocer estudiar alcanzar nacer dirigir correr utilizar pagar ayudar gustar jugar:uu escuchar cumplir ofrecer
descubrir levantar intentar usar decidir repetir:i olvidar valer comer mostrar:ue ocupar mover:ue continuar:acc
suceder cerrar:ie fijar referir:ie acercar dormir:ue responder sufrir preparar indicar significar desarrollar
surgir mandar permanecer soler:ue observar aprender desear establecer resolver:ue coger aumentar subir
detener=tener construir añadir obtener=tener imaginar comprar lanzar elegir:i contestar asegurar preferir:ie
notar negar:ie evitar incluir exigir compartir enviar:acc pertenecer cubrir defender:ie dedicar tender:ie
atender:ie describir proponer=poner acompañar colocar apoyar actuar:acc impedir:i sostener=tener marcar romper
adquirir:ii nombrar amar destacar vender aplicar demostrar:ue advertir:ie mencionar participar contener=tener
unir alejar preocupar interesar celebrar investigar sentar:ie señalar sonar:ue atacar aprovechar avanzar afirmar
llenar echar matar bajar cortar recoger depender importar beber reunir:acc conducir corresponder funcionar
iniciar desaparecer disponer=poner apuntar enseñar comunicar agregar imponer=poner viajar descansar cuidar
guardar provocar incorporar valorar entregar faltar confirmar solicitar contactar consultar revisar
comprobar:ue verificar gestionar tramitar devolver:ue reembolsar compensar disculpar perdonar lamentar
agradecer rogar:ue informar facilitar proporcionar avisar dudar calmar tranquilizar relajar molestar quejar
reclamar solucionar arreglar reparar reservar cancelar anular modificar actualizar descargar instalar
registrar acceder pulsar seleccionar rellenar completar adjuntar copiar pegar borrar eliminar probar:ue
reiniciar conectar desconectar disfrutar visitar comentar etiquetar suscribir inscribir regalar encargar acudir
detallar aclarar especificar remitir reenviar:acc tardar cobrar cargar abonar canjear activar desactivar
renovar:ue mejorar empeorar estropear fallar averiguar analizar opinar merecer crecer caminar andar traducir
reducir introducir retener=tener entretener=tener convenir=venir prevenir=venir intervenir=venir
componer=poner exponer=poner reponer=poner deshacer=hacer distraer=traer
atraer=traer recomendar:ie despertar:ie acostar:ue sugerir:ie divertir:ie mentir:ie medir:i vestir:i reír
sonreír=reír encender:ie confiar:acc ampliar:acc evaluar:acc situar:acc garantizar organizar autorizar localizar
equivocar corregir:i perseguir:i proseguir:i distinguir destruir contribuir distribuir sustituir huir influir
concluir excluir atribuir poseer proveer oponer=poner trasladar acordar:ue aportar asistir insistir resistir
consistir aguantar soportar tirar apostar:ue costar:ue soñar:ue volar:ue colgar:ue almorzar:ue forzar:ue
envolver:ue promover:ue doler:ue torcer:ue vencer convencer ejercer escoger proteger acoger fingir regir:i
fregar:ie regar:ie tropezar:ie calentar:ie gobernar:ie manifestar:ie confesar:ie atravesar:ie apretar:ie
merendar:ie descender:ie extender:ie pretender vender sorprender emprender ofender esconder meter prometer
cometer someter admitir emitir omitir transmitir discutir repartir dividir coincidir residir presidir invadir
persuadir percibir concebir:i despedir:i competir:i consentir:ie arrepentir:ie invertir:ie transferir:ie
requerir:ie pasear gastar ahorrar ingresar retirar firmar rechazar negociar contratar descolgar:ue vaciar:acc
limpiar lavar cocinar cenar desayunar duchar saludar felicitar invitar apurar escapar ocultar dibujar pintar
cantar bailar luchar pelear gritar llorar odiar encantar sobrar bastar prestar alquilar parar finalizar
regresar mudar aparcar cruzar facturar notificar reemplazar puntuar:acc calificar aconsejar ordenar obedecer
prohibir:acc colaborar publicar bloquear denunciar reportar editar navegar pinchar caber aprobar:ue anunciar
apreciar guiar:acc variar:acc graduar:acc descontar:ue recuperar pedir:i disfrutar sentir:ie
desenchufar enchufar platicar checar chequear agendar girar soltar:ue montar desmontar presionar teclear
reiniciar escanear tocar deslizar arrastrar marcar
bonificar indemnizar reintegrar resarcir obsequiar rebajar subsanar asumir costear sufragar acreditar condonar
responsabilizar serenar sosegar:ie apaciguar alterar exaltar exagerar dramatizar lloriquear insultar amenazar culpar
declarar representar perjudicar dañar ocasionar causar extraviar:acc retrasar demorar despachar sumar procesar
reflejar reactivar restituir adelantar comprometer quitar eximir rectificar descuidar esforzar:ue lidiar
desquitar aceptar burlar reír respirar bajar alucinar flipar fastidiar aguantar joder cagar chingar largar
proceder depositar posicionar condenar desmarcar deslindar respaldar adherir desvincular violar infringir vulnerar incumplir contaminar herir quemar reprogramar ubicar reagendar acelerar priorizar agilizar escalar derivar contactar reenviar:acc
`;

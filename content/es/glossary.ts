import { FACTORS, item, RECUR, RISK } from '../item';
import type { ContentItem, SourceId } from '../types';

const term = (body: string, sources: readonly SourceId[]) => item(body, sources);
const NCI: readonly SourceId[] = ['nci-patient'];

/** Las palabras médicas de las respuestas, explicadas con palabras sencillas. */
export const glossaryItems: Record<string, ContentItem> = {
  'glossary.mycn': term(
    'MYCN es un gen que ayuda a las células a crecer. Algunos tumores tienen muchas copias de más. A esto se le llama “amplificado”. Puede hacer que el tumor crezca rápido.',
    FACTORS,
  ),
  'glossary.mibg': term(
    'El MIBG es una sustancia que absorben las células del neuroblastoma. Con un poco de radiación, muestra el cáncer en un estudio de imagen. Con más radiación, sirve para tratarlo.',
    NCI,
  ),
  'glossary.stemCellTransplant': term(
    'Las células madre forman las células de la sangre. Se sacan de su hijo o hija y se guardan. Después de una quimio muy fuerte, se le devuelven para que el cuerpo vuelva a hacer sangre.',
    NCI,
  ),
  'glossary.dinutuximab': term(
    'El dinutuximab es una medicina hecha en laboratorio. Se pega a las células del neuroblastoma para que las defensas del cuerpo las encuentren y las destruyan. Se da por la vena.',
    NCI,
  ),
  'glossary.isotretinoin': term(
    'La isotretinoína es una pastilla parecida a la vitamina A. Ayuda a que las células del cáncer dejen de crecer. Se toma durante el mantenimiento.',
    RISK,
  ),
  'glossary.histology': term('La histología es cómo se ven las células del tumor con el microscopio. Puede ser favorable o desfavorable.', FACTORS),
  'glossary.ploidy': term(
    'La ploidía es cuánto ADN tiene cada célula del tumor. Hiperdiploide quiere decir más de lo normal. Diploide, la cantidad normal.',
    FACTORS,
  ),
  'glossary.induction': term(
    'La inducción es la primera fase del tratamiento de riesgo alto. Usa quimio fuerte y cirugía para achicar el cáncer.',
    RISK,
  ),
  'glossary.consolidation': term(
    'La consolidación es la segunda fase del tratamiento de riesgo alto. Busca eliminar las células de cáncer que quedan.',
    RISK,
  ),
  'glossary.maintenance': term('El mantenimiento es la última fase del tratamiento de riesgo alto. Ayuda a que el cáncer no regrese.', RISK),
  'glossary.chemotherapy': term(
    'La quimioterapia, o quimio, son medicinas que matan las células del cáncer o impiden que crezcan. Puede ser en pastillas o por la vena.',
    NCI,
  ),
  'glossary.radiation': term(
    'La radioterapia usa rayos fuertes, como los rayos X, para matar las células del cáncer. Se dirige a una parte del cuerpo.',
    NCI,
  ),
  'glossary.observation': term(
    'La observación quiere decir que los médicos vigilan de cerca con consultas y estudios de imagen. No dan tratamiento a menos que algo cambie.',
    NCI,
  ),
  'glossary.biopsy': term('Una biopsia saca un pedacito del tumor. El laboratorio lo estudia para conocer mejor el cáncer.', NCI),
  'glossary.imaging': term(
    'Los estudios de imagen toman fotos del interior del cuerpo. Por ejemplo: ecografía, tomografía (CT), resonancia (MRI) y MIBG.',
    NCI,
  ),
  'glossary.idrf': term(
    'Los factores de riesgo definidos por imagen (IDRF) son cosas que se ven en las imágenes y que hacen más riesgosa la cirugía. Por ejemplo, un tumor que rodea un vaso sanguíneo.',
    FACTORS,
  ),
  'glossary.riskGroup': term(
    'El grupo de riesgo es bajo, intermedio o alto. Los médicos lo usan para planear el tratamiento. Lo decide el equipo médico de su hijo o hija.',
    RISK,
  ),
  'glossary.clinicalTrial': term(
    'Un estudio clínico es una investigación que prueba un tratamiento nuevo, o una nueva forma de usarlo. Participar es siempre su decisión.',
    ['nci-patient'],
  ),
  'glossary.relapse': term('Una recaída, o recidiva, es cuando el cáncer regresa después del tratamiento.', RECUR),
  'glossary.refractory': term('Refractario quiere decir que el cáncer no mejoró con el tratamiento.', RECUR),
  'glossary.gmcsf': term(
    'El GM-CSF es una medicina que ayuda al cuerpo a hacer más glóbulos blancos. Estas células ayudan a combatir el cáncer.',
    NCI,
  ),
  'glossary.il2': term(
    'La IL-2 es una proteína que fortalece las defensas del cuerpo. Antes se daba junto con el dinutuximab. Ya no es parte del tratamiento habitual.',
    ['nci-patient'],
  ),
  'glossary.eflornithine': term(
    'La eflornitina, también llamada DFMO, es una pastilla que frena el crecimiento de las células del cáncer. Se puede tomar hasta por 2 años después del mantenimiento.',
    ['nci-patient'],
  ),
  'glossary.naxitamab': term(
    'El naxitamab es una medicina hecha en laboratorio. Ayuda a las defensas del cuerpo a atacar el neuroblastoma que regresó.',
    RECUR,
  ),
  'glossary.carT': term(
    'En la terapia de células CAR T, algunas células de defensa de su hijo o hija se cambian en un laboratorio para que encuentren y ataquen el cáncer. Todavía se está estudiando.',
    RECUR,
  ),
  'glossary.adrenal': term('Las glándulas suprarrenales están encima de los riñones. Muchos neuroblastomas empiezan ahí.', NCI),
  'glossary.stage': term(
    'El estadio indica dónde está el cáncer y si se ha extendido. En el neuroblastoma, los estadios son L1, L2, M y MS.',
    FACTORS,
  ),
};

/** Las palabras que nombran cada término en las respuestas en español; la primera es la que se muestra. */
export const glossaryWords: Record<string, readonly string[]> = {
  mycn: ['MYCN'],
  mibg: ['MIBG'],
  stemCellTransplant: ['trasplante de células madre', 'trasplantes de células madre', 'células madre'],
  dinutuximab: ['dinutuximab'],
  isotretinoin: ['isotretinoína'],
  histology: ['histología'],
  ploidy: ['ploidía', 'hiperdiploide', 'diploide'],
  induction: ['inducción'],
  consolidation: ['consolidación'],
  maintenance: ['mantenimiento'],
  chemotherapy: ['quimioterapia', 'quimio'],
  radiation: ['radioterapia', 'radiación'],
  observation: ['observación', 'vigilar de cerca', 'vigilancia de cerca'],
  biopsy: ['biopsia'],
  imaging: ['estudios de imagen', 'imágenes'],
  idrf: ['factores de riesgo definidos por imagen', 'IDRF'],
  riskGroup: ['grupo de riesgo', 'grupos de riesgo'],
  clinicalTrial: ['estudio clínico', 'estudios clínicos'],
  relapse: ['recaída', 'recidiva'],
  refractory: ['refractario', 'no respondió'],
  gmcsf: ['GM-CSF'],
  il2: ['IL-2'],
  eflornithine: ['eflornitina', 'DFMO'],
  naxitamab: ['naxitamab'],
  carT: ['células CAR T', 'CAR T'],
  adrenal: ['suprarrenal', 'suprarrenales'],
  stage: ['estadio', 'estadios'],
};

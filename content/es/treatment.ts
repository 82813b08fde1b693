import { item, RISK } from '../item';
import type { ContentItem } from '../types';

/** El tratamiento de cada grupo (ACS, PDQ del NCI para pacientes), escrito para familias hispanohablantes. */
export const treatment: Record<string, ContentItem> = {
  'treatment.low': item(
    '<p>En el riesgo bajo, el tratamiento suele ser leve.</p><ul><li>Si la cirugía puede quitar el tumor, muchas veces no hace falta nada más.</li><li>Si queda un poco de tumor, a menudo los médicos solo lo vigilan. Puede achicarse o desaparecer solo.</li><li>Se usa quimioterapia (quimio) si el tumor no se puede quitar, si crece o si causa problemas. La quimio son medicinas que matan las células del cáncer.</li><li>Si el tumor aprieta la columna o dificulta la respiración, puede empezar con quimio por poco tiempo.</li><li>La radioterapia se usa solo si los problemas graves no mejoran pronto.</li></ul><p>Algunos bebés no necesitan tratamiento. Los médicos los vigilan de cerca con estudios de imagen.</p>',
    RISK,
  ),
  'treatment.intermediate': item(
    '<p>En el riesgo intermedio la cirugía es importante, pero casi nunca basta sola.</p><ul><li>Muchos niños reciben quimio. El número de ciclos depende del tumor y de cómo responde. Suele ser de 2, 4 u 8 ciclos.</li><li>La quimio puede ir antes o después de la cirugía. Si va antes, puede achicar el tumor.</li><li>Los médicos revisan el tumor cada 2 ciclos. Si se achica rápido, puede que su hijo necesite menos quimio.</li><li>Pocas veces hace falta radioterapia.</li></ul><p>En algunos bebés basta con la cirugía. En otros, los médicos solo vigilan el tumor de cerca.</p>',
    RISK,
  ),
  'treatment.high.overview': item(
    '<p>El riesgo alto necesita un tratamiento fuerte. Suele durar un año o más.</p><p>Tiene tres fases:</p><ol><li>Inducción: achicar el cáncer.</li><li>Consolidación: eliminar las células que quedan.</li><li>Mantenimiento: ayudar a que el cáncer no regrese.</li></ol><p>Le puedo explicar cada fase.</p>',
    RISK,
  ),
  'treatment.high.induction': item(
    '<p><strong>Fase 1: inducción.</strong> Busca achicar el cáncer lo más posible.</p><ul><li>Su hijo o hija recibe varias medicinas de quimio, por turnos y en dosis altas.</li><li>Después, un cirujano quita el tumor que quede.</li></ul><p>En esta fase se están probando algunas medicinas nuevas.</p>',
    RISK,
  ),
  'treatment.high.consolidation': item(
    '<p><strong>Fase 2: consolidación.</strong> Busca eliminar las células de cáncer que queden.</p><ul><li>Su hijo o hija recibe quimio en dosis muy altas.</li><li>Luego se hacen uno o dos trasplantes de células madre. Así se reponen las células que forman la sangre y que la quimio dañó.</li><li>Después se da radioterapia donde empezó el tumor y en otros lugares que aún se vean en las imágenes.</li></ul>',
    RISK,
  ),
  'treatment.high.maintenance': item(
    '<p><strong>Fase 3: mantenimiento.</strong> Busca que el cáncer no regrese.</p><ul><li>Dura unos 6 meses.</li><li>Su hijo o hija toma isotretinoína, una pastilla parecida a la vitamina A.</li><li>Recibe dinutuximab, que ayuda a las defensas del cuerpo a encontrar las células del cáncer.</li><li>También recibe GM-CSF, que fortalece las defensas.</li></ul><p>Después puede tomar una pastilla llamada eflornitina (también llamada DFMO) hasta por 2 años.</p>',
    RISK,
  ),
  'treatment.infantMS': item(
    '<p>A muchos bebés con estadio MS les va bien.</p><ul><li>Si el bebé no tiene síntomas, los médicos muchas veces solo vigilan. El tumor a menudo desaparece solo.</li><li>Se usa quimio en los bebés que tienen síntomas, en los bebés muy pequeños o cuando el tumor tiene señales de que puede crecer rápido. Un hígado muy grande puede dificultar la respiración. La quimio puede achicarlo.</li><li>Si el hígado no se achica pronto con la quimio, puede ayudar la radioterapia.</li></ul><p>Los bebés con señales de riesgo alto reciben un tratamiento más fuerte.</p>',
    RISK,
  ),
  'treatment.smallAdrenal': item(
    '<p>Algunos bebés de menos de 6 meses tienen un tumor pequeño en la glándula suprarrenal, que está encima del riñón.</p><ul><li>Muchas veces no hace falta operar. Los médicos vigilan el tumor con estudios de imagen.</li><li>Muchos de estos tumores desaparecen solos.</li><li>Si el tumor crece o causa problemas, se puede usar cirugía o quimio.</li></ul>',
    RISK,
  ),
};

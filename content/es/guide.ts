import { FACTORS, item, OURS, RISK } from '../item';
import type { ContentItem } from '../types';

/** Las preguntas iniciales, cada una con su explicación, y los resultados (la bienvenida y la primera pregunta: first.ts). */
export const guide: Record<string, ContentItem> = {
  'knowsGroup.ask': item('¿El equipo médico ya le dijo el grupo de riesgo de su hijo o hija?', RISK),
  'knowsGroup.explain': item(
    '<p>Los médicos dividen el neuroblastoma en tres grupos de riesgo: bajo, intermedio y alto.</p><p>El grupo les ayuda a planear el tratamiento. Depende de las pruebas del tumor y de la edad del niño.</p>',
    RISK,
  ),
  'pickGroup.ask': item('¿Qué grupo le dijo el equipo médico?', RISK),
  'pickGroup.explain': item(
    '<p>La mayoría de los niños están en el grupo de riesgo bajo, intermedio o alto.</p><p>Hay dos grupos pequeños de bebés con su propio plan: los bebés con estadio MS y los bebés de menos de 6 meses con un tumor pequeño en la glándula suprarrenal.</p>',
    RISK,
  ),
  'intake.age.ask': item('¿Qué edad tenía su hijo o hija cuando encontraron el cáncer?', FACTORS),
  'intake.age.explain': item(
    '<p>La edad es importante. A los bebés muchas veces les va mejor que a los niños mayores.</p><p>Se cuenta la edad que tenía el día en que encontraron el cáncer, no la de hoy.</p>',
    FACTORS,
  ),
  'intake.stage.ask': item('¿Dónde estaba el tumor cuando lo encontraron, antes de cualquier cirugía? ¿Se había extendido?', FACTORS),
  'intake.stage.explain': item(
    '<p>El estadio indica dónde está el cáncer.</p><ul><li>L1: está en un solo lugar. Las imágenes muestran que es probable quitarlo sin peligro.</li><li>L2: está en un solo lugar. Las imágenes muestran riesgos para la cirugía.</li><li>M: se extendió a partes lejanas del cuerpo.</li><li>MS: un bebé de menos de 18 meses. Se extendió solo a la piel, el hígado o la médula ósea.</li></ul>',
    FACTORS,
  ),
  'intake.mycn.ask': item('¿El tumor tiene copias de más del gen MYCN?', FACTORS),
  'intake.mycn.explain': item(
    '<p>MYCN es un gen, una pequeña parte de las instrucciones de la célula.</p><p>Algunos tumores tienen muchas copias de más. A esto se le llama “amplificado”. Quiere decir que el tumor puede crecer rápido.</p>',
    FACTORS,
  ),
  'intake.histology.ask': item('¿El laboratorio dijo si las células del tumor son favorables o desfavorables?', FACTORS),
  'intake.histology.explain': item(
    '<p>La histología es cómo se ven las células con el microscopio.</p><p>Las células “favorables” crecen más despacio. Es una buena señal. Las “desfavorables” pueden crecer más rápido.</p>',
    FACTORS,
  ),
  'intake.ploidy.ask': item('¿El laboratorio dijo cuánto ADN tienen las células del tumor? El informe puede llamarlo “índice de ADN”.', FACTORS),
  'intake.ploidy.explain': item(
    '<p>La ploidía es la cantidad de ADN en cada célula del tumor.</p><p>“Hiperdiploide” quiere decir más ADN de lo normal. En los bebés suele ser una buena señal. “Diploide” quiere decir la cantidad normal. Un índice de ADN mayor que 1 quiere decir más ADN; un índice de 1, la cantidad normal. “Hipodiploide” quiere decir menos cromosomas de lo normal, o sea, menos ADN. Para el grupo de riesgo, cuenta igual que la cantidad normal.</p>',
    FACTORS,
  ),
  'intake.checkStageAge': item(
    '<p>El estadio MS se usa solo para bebés de menos de 18 meses. Usted eligió el estadio MS y una edad de 18 meses o más, así que uno de los dos quizás no sea correcto.</p><p>Es fácil confundirse; los informes son difíciles de leer. ¿Podría revisar el estadio o la edad? Puede cambiar cualquiera de los dos abajo.</p>',
    FACTORS,
  ),
  'intake.chr11q.ask': item('¿El laboratorio encontró cambios en una parte del cromosoma 11, llamada 11q?', ['nci-hp']),
  'intake.chr11q.explain': item(
    '<p>Los cromosomas guardan nuestros genes. El laboratorio busca partes que faltan o que sobran.</p><p>Un cambio en 11q puede indicar que el tumor es más difícil de tratar.</p>',
    ['nci-hp'],
  ),
  'intake.chr1p.ask': item('¿El laboratorio encontró cambios en una parte del cromosoma 1, llamada 1p?', ['nci-hp']),
  'intake.chr1p.explain': item(
    '<p>El laboratorio también revisa una parte del cromosoma 1, llamada 1p.</p><p>Si falta un pedazo ahí, el tumor puede ser más difícil de tratar.</p>',
    ['nci-hp'],
  ),
  'intake.symptoms.ask': item('¿El tumor le está causando problemas a su hijo o hija?', RISK),
  'intake.symptoms.explain': item(
    '<p>Los síntomas son problemas que causa el tumor.</p><p>Por ejemplo: dificultad para respirar, debilidad en las piernas o una barriga que crece rápido. En los bebés con estadio MS, los síntomas pueden cambiar el plan.</p>',
    RISK,
  ),
  'intake.resection.ask': item('¿La cirugía quitó todo el tumor?', FACTORS),
  'intake.resection.explain': item(
    '<p>La cirugía puede quitar todo el tumor o solo una parte.</p><p>Si se quitó todo, el tratamiento puede ser más leve. El cirujano le puede decir si quedó algo.</p>',
    FACTORS,
  ),
  'risk.result.low': item(
    '<p>Según sus respuestas, esto suele corresponder al grupo de <strong>riesgo bajo</strong>.</p><p>En el riesgo bajo hay buena probabilidad de curación. El tratamiento suele ser leve. Algunos bebés no necesitan ninguno.</p>',
    [...RISK, 'nci-hp'],
  ),
  'risk.result.intermediate': item(
    '<p>Según sus respuestas, esto suele corresponder al grupo de <strong>riesgo intermedio</strong>.</p><p>En el riesgo intermedio hay buena probabilidad de curación. El tratamiento suele incluir cirugía y algo de quimio.</p>',
    [...RISK, 'nci-hp'],
  ),
  'risk.result.high': item(
    '<p>Según sus respuestas, esto suele corresponder al grupo de <strong>riesgo alto</strong>.</p><p>El riesgo alto puede ser difícil de curar. El tratamiento es fuerte y tiene varias partes. Los equipos médicos tienen un plan claro para ello.</p>',
    [...RISK, 'nci-hp'],
  ),
  'risk.result.undetermined': item('Con estas respuestas no puedo saber el grupo. Faltan algunos datos que lo cambiarían.', ['nci-hp']),
  'risk.notDiagnosis': item(
    'Esto no es un diagnóstico. El equipo médico de su hijo o hija decide el grupo de riesgo. Yo solo le explico lo que suelen indicar estos datos.',
    OURS,
  ),
  'risk.askCareTeam': item('Pregunte al equipo médico por los datos de la lista. Ellos tienen los resultados que deciden el grupo.', OURS),
};

/**
 * Staff mode (docs/product.md): what the specialist says to the caller at each step, by the key of the
 * item the step shows first. Only staff mode loads these (content/es/staff.ts).
 */

/** Every glossary word gets the same line: read the meaning, then check it helped. */
const glossary = 'Lea el significado y pregunte si le ayuda o si hay otra palabra que explicar.';

export const scripts: Record<string, string> = {
  // One line for a family of items: every glossary.<term> (widget/staff/script-for.ts).
  glossary,
  'welcome.greeting': 'Gracias por llamar. Puedo explicarle el tratamiento del neuroblastoma, paso a paso. Podemos parar cuando usted quiera.',
  'audience.ask': '¿Me permite preguntarle quién es usted? ¿Madre o padre, el paciente, un familiar, o trabaja en salud?',
  'knowsGroup.ask': '¿El equipo médico ya le dijo el grupo de riesgo? Puede ser bajo, intermedio o alto.',
  'pickGroup.ask': '¿Qué grupo le dieron? Si no está seguro, no se preocupe.',
  'intake.age.ask': '¿Qué edad tenía el niño cuando encontraron el cáncer? Un cálculo aproximado está bien.',
  'intake.stage.ask': '¿Qué mostraron las imágenes sobre dónde está el tumor? ¿Se ha extendido?',
  'intake.mycn.ask': '¿Le dijeron si el MYCN está amplificado? Quiere decir que hay copias de más de un gen.',
  'intake.histology.ask': '¿El informe del laboratorio dice que la histología es favorable o desfavorable?',
  'intake.ploidy.ask': '¿El informe dice si el tumor es hiperdiploide o diploide?',
  'intake.chr11q.ask': '¿El informe menciona cambios en el cromosoma 11q?',
  'intake.chr1p.ask': '¿El informe menciona cambios en el cromosoma 1p?',
  'intake.symptoms.ask': '¿El tumor le causa problemas, como dificultad para respirar, dolor o la barriga hinchada?',
  'intake.resection.ask': '¿Ya operaron al niño? ¿El cirujano quitó todo el tumor?',
  'risk.result.low': 'Por lo que me dice, estos datos suelen indicar riesgo bajo. El equipo médico es quien decide el grupo.',
  'risk.result.intermediate': 'Por lo que me dice, estos datos suelen indicar riesgo intermedio. El equipo médico es quien decide el grupo.',
  'risk.result.high': 'Por lo que me dice, estos datos suelen indicar riesgo alto. El equipo médico es quien decide el grupo.',
  'risk.result.undetermined': 'Con lo que sabemos no puedo saber el grupo de riesgo. El equipo médico sí puede. Le digo qué preguntarles.',
  'treatment.low': 'En el riesgo bajo el tratamiento suele ser leve. A veces basta con la cirugía. A algunos niños solo se les vigila.',
  'treatment.intermediate':
    'En el riesgo intermedio, la mayoría de los niños tienen cirugía, y muchos reciben algo de quimio. Cuántos ciclos depende del tumor. El equipo revisa el avance en el camino.',
  'treatment.high.overview': 'El tratamiento de riesgo alto tiene tres fases. Se las explico una por una. Puede pararme cuando quiera.',
  'treatment.high.induction': 'La primera fase se llama inducción. Usa quimio fuerte y después cirugía.',
  'treatment.high.consolidation': 'La segunda fase se llama consolidación. Usa quimio en dosis altas, un trasplante de células madre y radioterapia.',
  'treatment.high.maintenance': 'La última fase se llama mantenimiento. Dura unos 6 meses. Después puede seguir una pastilla hasta por 2 años.',
  'treatment.infantMS':
    'En los bebés con estadio MS y sin síntomas, los médicos suelen vigilar de cerca. Si aparecen problemas, empiezan el tratamiento.',
  'treatment.smallAdrenal':
    'En los bebés pequeños con un tumor suprarrenal pequeño, los médicos suelen vigilar con imágenes. Muchos desaparecen solos.',
  'recurrence.firstGroup.ask': 'Siento mucho que haya regresado. ¿En qué grupo de riesgo estaba el niño al principio?',
  'recurrence.where.ask': '¿Dónde mostraron las imágenes que regresó el cáncer?',
  'recurrence.lowSame': 'Si era de riesgo bajo y regresó en el mismo lugar, las opciones habituales son cirugía o quimio.',
  'recurrence.lowElsewhere': 'Si era de riesgo bajo y regresó en otra parte, las opciones van desde vigilar hasta el plan de riesgo alto.',
  'recurrence.intermediateSame': 'Si era de riesgo intermedio y regresó en el mismo lugar, lo habitual es empezar con cirugía.',
  'recurrence.intermediateElsewhere': 'Si era de riesgo intermedio y regresó en otra parte, el plan suele ser el de riesgo alto.',
  'recurrence.high': 'Si era de riesgo alto y regresó, no hay un único plan estándar. Vale la pena preguntar por un estudio clínico.',
  'recurrence.cns': 'Cuando regresa en el cerebro o la médula espinal, lo habitual es cirugía y radioterapia.',
  'recurrence.unknown': 'Las opciones dependen del primer grupo y de dónde regresó. El equipo médico le puede decir las dos cosas.',
  'trials.about': 'Un estudio clínico prueba un tratamiento nuevo. Le puedo ayudar a buscar, y el equipo médico le dirá cuáles le sirven.',
  'questions.careTeam': 'Le doy algunas preguntas que puede llevarle al equipo médico. Las podemos leer juntos.',
  'handoff.intro': 'Quiero asegurarme de que usted sepa cómo comunicarse con nosotros otra vez, a cualquier hora.',
  'emergency.now':
    'Si el niño necesita ayuda urgente, cuelgue y llame ya al {emergency}. Si usted está en crisis emocional, llame o envíe un texto al 988.',
  'urgent.now':
    'Esto puede ser urgente. Cuelgue y llame ya al número de 24 horas del equipo de cáncer. Si el niño no respira bien o no se despierta, llame al {emergency}.',
  'crisis.now': 'Siento mucho lo que está pasando. Llame o envíe un texto al 988 ahora, o siga en la línea conmigo y hablamos.',
  'fear.answer':
    'Ese miedo es comprensible. Nadie puede decir desde aquí lo que va a pasar. El equipo médico conoce a su hijo. Estoy aquí para escucharle.',
  'distress.answer':
    'Es comprensible sentirse así. No tiene que pasar por esto en soledad. Estoy aquí para escucharle. Si siente que podría hacerse daño, llame o envíe un texto al 988.',
  'topic.sideEffects': 'Repasemos los efectos secundarios comunes. Una fiebre de 38 °C o más es motivo para llamar de inmediato al equipo médico.',
};

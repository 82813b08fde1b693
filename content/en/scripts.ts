/**
 * Staff mode (docs/product.md): what the specialist says to the caller at each step, by the key of the
 * item the step shows first. Only staff mode loads these (content/en/staff.ts).
 */

/** Every glossary word gets the same line: read the meaning, then check it helped. */
const glossary = 'Read the meaning, then ask if it helps or if there is another word to explain.';

export const scripts: Record<string, string> = {
  // One line for a family of items: every glossary.<term> (widget/staff/script-for.ts).
  glossary,
  'welcome.greeting': 'Thank you for calling. I can go over neuroblastoma treatment with you, step by step. We can stop at any time.',
  'audience.ask': 'May I ask who you are? A parent, the patient, family, or someone who works in health care?',
  'knowsGroup.ask': 'Has the care team told you the risk group? It is low, intermediate or high.',
  'pickGroup.ask': 'Which group did the care team give? If you are not sure, that is fine.',
  'intake.age.ask': 'How old was your child when the cancer was found? A close guess is fine.',
  'intake.stage.ask': 'What did the scans show about where the tumor is? Has it spread?',
  'intake.mycn.ask': 'Did the care team say if MYCN is amplified? That means extra copies of a gene.',
  'intake.histology.ask': 'The lab looks at the tumor cells. Did the report say they look favorable or unfavorable?',
  'intake.ploidy.ask': 'Does the report say the tumor is hyperdiploid or diploid?',
  'intake.chr11q.ask': 'Did the report mention changes on chromosome 11q?',
  'intake.chr1p.ask': 'Did the report mention changes on chromosome 1p?',
  'intake.symptoms.ask': 'Is the tumor causing problems, like trouble breathing, pain, or a swollen belly?',
  'intake.resection.ask': 'Has your child had surgery? Did the surgeon remove all of the tumor?',
  'risk.result.low': 'From what you told me, these factors usually mean low risk. Your child’s care team decides the group.',
  'risk.result.intermediate': 'From what you told me, these factors usually mean intermediate risk. Your child’s care team decides the group.',
  'risk.result.high': 'From what you told me, these factors usually mean high risk. Your child’s care team decides the group.',
  'risk.result.undetermined': 'With what we know, I can’t tell the risk group. The care team can. Here is what to ask them.',
  'treatment.low': 'For low risk, treatment is often light. Surgery may be all that is needed. Some children are only watched.',
  'treatment.intermediate':
    'For intermediate risk, most children have surgery, and many have some chemo. How many rounds depends on the tumor. The team checks progress along the way.',
  'treatment.high.overview': 'High risk treatment has three phases. I can walk you through each one. Stop me at any time.',
  'treatment.high.induction': 'The first phase is called induction. It uses strong chemo, then surgery.',
  'treatment.high.consolidation': 'The second phase is called consolidation. It has very strong chemo, then a stem cell transplant, then radiation.',
  'treatment.high.maintenance': 'The last phase is called maintenance. It lasts about 6 months. Then a pill may follow for up to 2 years.',
  'treatment.infantMS': 'For babies with stage MS and no symptoms, doctors often watch closely. Treatment starts if problems appear.',
  'treatment.smallAdrenal': 'For young babies with a small adrenal tumor, doctors often watch with scans. Many go away on their own.',
  'recurrence.firstGroup.ask': 'I’m sorry it came back. Which risk group was your child in at first?',
  'recurrence.where.ask': 'Where did the scans show the cancer came back?',
  'recurrence.lowSame': 'For low risk that came back in the same place, surgery or chemo are the usual options.',
  'recurrence.lowElsewhere': 'For low risk that came back elsewhere, options range from watching to the high risk plan.',
  'recurrence.intermediateSame': 'For intermediate risk that came back in the same place, surgery is often the first step.',
  'recurrence.intermediateElsewhere': 'If an intermediate risk tumor came back in a new place, the plan is often the high risk plan.',
  'recurrence.high': 'For high risk that came back, there is no single standard. A clinical trial is worth asking about.',
  'recurrence.cns': 'If it came back in the brain or spinal cord, the care team often uses surgery and radiation.',
  'recurrence.unknown': 'The options depend on the first group and where it came back. The care team can tell you both.',
  'trials.about': 'A clinical trial tests a new treatment. I can help you find trials, and the care team can say which fit.',
  'questions.careTeam': 'Here are some questions you may want to take to the care team. I can read them with you.',
  'handoff.intro': 'Let me make sure you have a way to reach us again any time.',
  'emergency.now': 'If your child needs urgent help, please hang up and call {emergency} now. For emotional crisis, call or text 988.',
  'urgent.now':
    'This could be urgent. Please hang up and call your child’s care team’s 24-hour number now. If your child can’t breathe well or won’t wake up, call {emergency}.',
  'crisis.now': 'I’m so sorry you are going through this. Please call or text 988 now, or stay on the line with me and we can talk.',
  'fear.answer': 'That fear makes sense. No one can say from here what will happen. The care team knows your child. I am here to listen.',
  'distress.answer':
    'It makes sense to feel this way. You do not have to go through this alone. I am here to listen. If you feel you might hurt yourself, please call or text 988.',
  'topic.sideEffects': 'Let us go over the common side effects. A fever of 100.4 °F or higher means calling the care team right away.',
};

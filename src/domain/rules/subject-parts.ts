/** How many exemplars one name cell holds: the reader shares it, so it lives with the subjects. */
export { isPlainlyOne, subjectsIn } from '../subjects/subject-parts';

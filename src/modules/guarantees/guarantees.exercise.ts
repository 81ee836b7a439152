export async function loadGuaranteesExercise(): Promise<void> {}

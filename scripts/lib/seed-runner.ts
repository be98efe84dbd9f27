export async function seedDatabase(_url: string, _options: { force?: boolean } = {}) {
  return "seed not written yet";
}

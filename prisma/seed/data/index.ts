// The words of the demo seed: Haixi's places, and the problems, pledges, progress notes and
// explanations that villages in the source speech would write. The seed's stages combine them.
export * from "./follow-through";
export * from "./places";
export * from "./pledge-templates";
export * from "./problems";

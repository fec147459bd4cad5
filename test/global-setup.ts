import type { TestProject } from "vitest/node";
import { createThrowawayDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createThrowawayDatabase("test");
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.drop();
  };
}

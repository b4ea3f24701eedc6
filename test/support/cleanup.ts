import { removeTempDirs } from "./cli-harness";

afterAll(() => removeTempDirs());

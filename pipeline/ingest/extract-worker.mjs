// Worker threads do not inherit tsx's loader, so the worker entry is plain JavaScript that registers it and then
// loads the TypeScript module (decision 012).
import { register } from "tsx/esm/api";

register();
const { runTask } = await import("./extract-worker.ts");

export default runTask;

// Loaded with `node --import` into every process of a sandboxed build (testing/sandbox.ts). React Query stamps
// each dehydrated query with Date.now(), and React Router's stream encoding shares equal numbers, so two builds a
// millisecond apart differ in more than the digits. With one fixed clock, two builds of the same input are the same
// bytes, and any difference is a real one.
Date.now = () => 1_700_000_000_000;

// gr.DateTime: loaded into an app's worker only when its code names it
// (worker/lazy-api.ts).
export { DateTime, type DateTimeFactory, type DateTimeLike, type DateTimeOwnOptions, type DateTimeTypes } from "../components/datetime/datetime.ts";

// Where dashboard test payments send their notifications: the gateway acknowledges its own test events
// at once, so they do not sit in the retry schedule for a day.
export function POST(): Response {
  return new Response(null, { status: 204 });
}

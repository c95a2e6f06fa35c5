import { authorize } from '@/lib/authorization';
import { isEnhancedRequest } from '@/lib/enhanced-request';
import { forbiddenResponse } from '@/lib/form-response';
import { redirectWithFlash } from '@/lib/flash';
import { parseWidgetRatingParams } from '@/lib/params';
import { widgetPath } from '@/lib/routes';
import { WidgetRatingRecorder } from '@/services/widget-rating-recorder';

// POST /widget_ratings: a visitor rates a widget (PRODUCT.md §7). A rating is a resource of its
// own, created here; it has no page, so POST is the only method (Next answers 405 to others).
//
// The rating component's forms post here. A plain form post (no JavaScript) is answered with a
// redirect back to the widget, which shows "Thanks for rating!"; the component's background post
// (lib/enhanced-request.ts) gets 204 and thanks the visitor itself. Bad input is the sender's
// mistake, never a 500: 400 for a missing or malformed field, 404 for a widget that is not there.

function plainText(message: string, status: number): Response {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export async function POST(request: Request) {
  // A body that is not form data (or none at all) reads as an empty form: every field missing.
  const form = await request.formData().catch(() => new FormData());
  const params = parseWidgetRatingParams(form);
  if (!params.valid) return plainText(params.message, 400);

  if (!(await authorize('create', 'WidgetRating')).allowed) return forbiddenResponse();

  const { widgetId, rating } = params;
  const result = await new WidgetRatingRecorder().recordRating({ widgetId, rating });
  if (!result.recorded) return plainText('There is no widget with that id.', 404);

  if (isEnhancedRequest(request)) return new Response(null, { status: 204 });
  return redirectWithFlash(widgetPath(widgetId), {
    kind: 'notice',
    message: 'Thanks for rating!',
  });
}

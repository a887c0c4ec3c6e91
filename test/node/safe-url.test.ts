// The one URL guard every view uses before a FileData url reaches a src or
// an href (issue #13, item 18).
import { describe, expect, it } from "vitest";
import { linkUrl, mediaUrl } from "../../ui/safe-url.ts";

const HOSTILE = [
  "javascript:alert(1)",
  " JavaScript:alert(1)",
  "java\tscript:alert(1)",
  "vbscript:msgbox(1)",
  "data:text/html,<script>alert(1)</script>",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "data:application/xhtml+xml,<x/>",
  "file:///etc/passwd",
  "filesystem:http://x/temporary/a.html",
  "about:blank",
  "",
  "not a url",
];

describe("mediaUrl (an img, audio or video src)", () => {
  it("keeps http(s), blob: and data: images, audio and video", () => {
    expect(mediaUrl("https://example.com/cat.png")).toBe("https://example.com/cat.png");
    expect(mediaUrl("http://example.com/a.mp3")).toBe("http://example.com/a.mp3");
    expect(mediaUrl("blob:http://127.0.0.1/0b4c")).toBe("blob:http://127.0.0.1/0b4c");
    expect(mediaUrl("data:image/png;base64,iVBORw0KGgo=")).toBe("data:image/png;base64,iVBORw0KGgo=");
    expect(mediaUrl("data:audio/wav;base64,UklGRg==")).toBe("data:audio/wav;base64,UklGRg==");
  });

  it.each(HOSTILE)("refuses %j", (url) => {
    expect(mediaUrl(url)).toBeUndefined();
  });

  it("refuses what is not a string", () => {
    for (const v of [null, undefined, 42, {}, { toString: () => "javascript:alert(1)" }]) expect(mediaUrl(v)).toBeUndefined();
  });
});

describe("linkUrl (an href)", () => {
  it("keeps http(s) and blob:", () => {
    expect(linkUrl("https://example.com/report.csv")).toBe("https://example.com/report.csv");
    expect(linkUrl("blob:http://127.0.0.1/0b4c")).toBe("blob:http://127.0.0.1/0b4c");
  });

  it.each([...HOSTILE, "data:image/png;base64,iVBORw0KGgo="])("refuses %j", (url) => {
    expect(linkUrl(url)).toBeUndefined();
  });
});

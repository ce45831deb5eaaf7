#!/usr/bin/env python3
"""Generates a synthetic site of N items (a third each meeting notes, plan actions and updates,
about 3 KB of Markdown each) twice from the same words: as Tally content, and as a Hugo site
with the same Markdown bodies. Deterministic: the same N gives the same files.

Usage: generate_site.py N OUTPUT_FOLDER
Writes OUTPUT_FOLDER/tally/Content, OUTPUT_FOLDER/hugo and OUTPUT_FOLDER/markdown (bodies only,
for the cmark floor).
"""
import datetime
import pathlib
import random
import shutil
import sys

WORDS = (
    "the plan action progress review staff council health police housing support community "
    "budget audit data report meeting group board update target measure risk needs residents "
    "panel policy framework guidance training service services people person working toward "
    "quarterly annual evidence assessment outcome delivery partners engagement access housing "
    "health psychology pathway referral decision hearing case cases team lead owner timeline "
    "agreed discussed noted asked confirmed published share shared improve improved continue"
).split()

OWNERS = ["Chief Executive", "Director of Housing", "Head of Finance", "Medical Director", "Scrutiny Panel"]


def sentence(rng, low=8, high=22):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    words[0] = words[0].capitalize()
    if rng.random() < 0.3:
        i = rng.randrange(1, len(words))
        words[i] = f"*{words[i]}*"
    if rng.random() < 0.2:
        i = rng.randrange(1, len(words))
        words[i] = f"**{words[i]}**"
    return " ".join(words) + "."


def action_words(text):
    """An action's words after "<owner> to": never "the ...", which could make "to the annual
    meeting", a deadline the build asks to be given (as a site of 100,000 notes did)."""
    words = text[:-1].lower()
    return "review " + words if words.startswith("the ") else words


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def body(rng, target=2700, actions=None):
    """Markdown of about `target` bytes: headings, paragraphs, lists, and a table now and then."""
    parts = []
    section = 0
    actions = list(actions or [])
    while sum(len(p) for p in parts) < target:
        section += 1
        parts.append(f"## {sentence(rng, 2, 5)[:-1]}")
        parts.append(paragraph(rng))
        if rng.random() < 0.5:
            parts.append("\n".join(f"- {sentence(rng, 5, 12)}" for _ in range(rng.randint(2, 5))))
        if rng.random() < 0.15:
            parts.append("| Measure | Value |\n|---|---|\n" + "\n".join(
                f"| {rng.choice(WORDS)} | {rng.randint(1, 999)} |" for _ in range(4)))
        if actions:
            label, owner, text = actions.pop(0)
            parts.append(f"ACTION [{label}]: {owner} to {text}")
        parts.append(paragraph(rng))
    for label, owner, text in actions:
        parts.append(f"ACTION [{label}]: {owner} to {text}")
    return "\n\n".join(parts) + "\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main():
    count = int(sys.argv[1])
    out = pathlib.Path(sys.argv[2])
    if out.exists():
        shutil.rmtree(out)
    rng = random.Random(count)
    tally = out / "tally" / "Content"
    hugo = out / "hugo"
    plain = out / "markdown"
    per_kind = count // 3
    actions_count = count - 2 * per_kind
    plans = max(1, actions_count // 50)
    span = datetime.timedelta(days=max(per_kind, plans * 30 + 900) + 10)
    # A note a day from 2000; a site too large to end by 2025 starts earlier, since a site's
    # as_of may not be after the day it is built.
    start = min(datetime.date(2000, 1, 3), datetime.date(2025, 1, 1) - span)
    last = start + span

    write(tally / "site.yaml", f"title: Benchmark site\norganisation: Tally benchmark\nas_of: {last.isoformat()}\n")
    write(tally / "pages" / "index.md", "---\ntitle: Home\n---\nA synthetic site for the benchmark.\n")
    write(tally / "groups" / "board.md", "---\ntitle: The board\nchair: The chair\n---\nThe board meets every week.\n")
    write(hugo / "hugo.toml", 'baseURL = "/"\ntitle = "Benchmark site"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
    write(hugo / "layouts" / "_default" / "baseof.html",
          '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
          '<body><main>{{ block "main" . }}{{ end }}</main></body></html>\n')
    write(hugo / "layouts" / "_default" / "single.html", '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n')
    write(hugo / "layouts" / "_default" / "list.html",
          '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
    write(hugo / "layouts" / "index.html",
          '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')

    raised = []
    for i in range(per_kind):
        date = start + datetime.timedelta(days=i)
        title = f"Board meeting {date.isoformat()}"
        actions = [(f"A{n}", rng.choice(OWNERS), action_words(sentence(rng, 6, 12))) for n in (1, 2)]
        text = body(rng, actions=actions)
        follow = ""
        if raised and rng.random() < 0.5:
            earlier = raised[rng.randrange(len(raised))]
            follow = f"follow_ups:\n  - action: {earlier}\n    status: {rng.choice(['in-progress', 'complete'])}\n    note: {sentence(rng)}\n"
            raised.remove(earlier)
        raised += [f"{date.isoformat()}-a1", f"{date.isoformat()}-a2"]
        write(tally / "meetings" / f"{date.isoformat()}.md",
              f"---\ndate: {date.isoformat()}\ngroup: board\nstatus: agreed\npresent: [Chief Executive, Board]\n{follow}---\n{text}")
        write(hugo / "content" / "meetings" / f"{date.isoformat()}.md", f"---\ntitle: {title}\ndate: {date.isoformat()}\n---\n{text}")
        write(plain / f"meeting-{i:05}.md", text)

    for p in range(plans):
        plan = f"plan-{p:03}"
        published = start + datetime.timedelta(days=p * 30)
        write(tally / "plans" / plan / "plan.md",
              f"---\ntitle: Action plan {p + 1}\npublished: {published.isoformat()}\nthemes:\n"
              + "".join(f"  - id: t{t}\n    title: Theme {t}\n" for t in range(1, 6))
              + f"---\n{paragraph(rng)}\n")
        write(hugo / "content" / "plans" / plan / "_index.md", f"---\ntitle: Action plan {p + 1}\n---\n")
    for a in range(actions_count):
        p = a % plans
        plan = f"plan-{p:03}"
        number = f"{a // plans // 10 + 1}.{a // plans % 10 + 1}"
        title = sentence(rng, 6, 14)[:-1]
        deadline = (start + datetime.timedelta(days=p * 30 + rng.randint(30, 900))).strftime("%B %Y")
        text = body(rng)
        update = ""
        if rng.random() < 0.6:
            when = start + datetime.timedelta(days=p * 30 + rng.randint(10, 400))
            update = (f"updates:\n  - date: {when.isoformat()}\n    status: {rng.choice(['in-progress', 'complete', 'on-hold'])}\n"
                      f"    note: {sentence(rng)}\n")
        write(tally / "plans" / plan / f"action-{a:05}.md",
              f"---\nid: {plan}-{a:05}\nnumber: \"{number}\"\ntitle: {title}\ntheme: t{a % 5 + 1}\n"
              f"owners: [{rng.choice(OWNERS)}]\ndeadline: {deadline}\n{update}---\n{text}")
        write(hugo / "content" / "plans" / plan / f"action-{a:05}.md", f"---\ntitle: \"{number} {title}\"\n---\n{text}")
        write(plain / f"action-{a:05}.md", text)

    for u in range(per_kind):
        date = start + datetime.timedelta(days=u)
        title = sentence(rng, 3, 8)[:-1]
        text = body(rng)
        write(tally / "updates" / f"{date.isoformat()}-update-{u:05}.md", f"---\ntitle: {title}\ndate: {date.isoformat()}\n---\n{text}")
        write(hugo / "content" / "updates" / f"update-{u:05}.md", f"---\ntitle: \"{title}\"\ndate: {date.isoformat()}\n---\n{text}")
        write(plain / f"update-{u:05}.md", text)

    # The Tally site uses the repository's theme, copied so that the benchmark reads it like a user's.
    theme = pathlib.Path(__file__).resolve().parent.parent / "Theme"
    shutil.copytree(theme, out / "tally" / "Theme")
    sizes = [p.stat().st_size for p in plain.iterdir()]
    print(f"Generated {len(sizes)} Markdown files, {sum(sizes) / len(sizes):.0f} bytes each on average, in {out}")


if __name__ == "__main__":
    main()

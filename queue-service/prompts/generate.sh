#!/usr/bin/env bash
# Regenerates the queue service's built-in prompts and its music on hold.
#
#   queue-service/prompts/generate.sh        (needs espeak-ng and sox: on Debian,
#                                             apt-get install --no-install-recommends espeak-ng sox)
#
# Writes, under queue-service/src/main/resources/prompts/:
#   en/<name>.wav, fa/<name>.wav   every prompt spoken by espeak-ng in English (voice en-us) and
#                                  Persian (voice fa), as 8 kHz mono 16-bit PCM WAV: leading and
#                                  trailing silence trimmed, peak-normalised to -3 dBFS, with a
#                                  short pause after, so that prompts played one after another
#                                  (an announcement, a number said in parts) sound spoken
#   music/default.wav              about 24 s of soft chords (C, Am, F, G) with a plucked
#                                  arpeggio, synthesised by sox (no samples, so no rights to
#                                  clear), faded in and out so that it loops without a click
#   index.txt                      every file above, one "<dir>/<name>.wav" a line, sorted: the
#                                  service lists its built-in prompts from it (a jar cannot be
#                                  listed reliably)
#
# Idempotent: it renders everything into a scratch directory and then replaces those three parts
# whole, so a removed prompt disappears and a re-run gives the same files (dither is off; the
# output depends only on the espeak-ng and sox versions). The generated files are committed, so
# the service and its tests need neither tool; run this after changing a text below and commit
# the result. Site-specific recordings do not belong here: point the service's prompt directory
# at them (same layout; they override these).
#
# Names are the ones the code asks for (PromptNames, Announcement's phrasings). Numbers are said
# in parts: num-0 .. num-20 and the tens num-30 .. num-90 in both languages; Persian joins tens
# and units with "o" (bist-o yek), so it also has num-20-and .. num-90-and.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
OUT="../src/main/resources/prompts"
RATE=8000

for tool in espeak-ng sox; do
  command -v "$tool" >/dev/null || {
    echo "generate.sh: $tool is not installed (apt-get install --no-install-recommends $tool)" >&2
    exit 1
  }
done

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$SCRATCH/en" "$SCRATCH/fa" "$SCRATCH/music"

# sox without dither (reproducible output) and without chatter.
sx() { sox -D -V1 "$@"; }

# speak VOICE TEXT OUT: espeak-ng at 150 words a minute, then trimmed, resampled and normalised.
speak() {
  local voice=$1 text=$2 out=$3
  espeak-ng -v "$voice" -s 150 -w "$SCRATCH/raw.wav" "$text"
  sx "$SCRATCH/raw.wav" -r "$RATE" -c 1 -b 16 -e signed-integer "$out" \
    silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse \
    rate -h "$RATE" gain -n -3 pad 0.05 0.25
}

# render LANG VOICE: reads "name|text" lines from stdin.
render() {
  local lang=$1 voice=$2 name text
  while IFS='|' read -r name text; do
    [[ -z $name || $name == \#* ]] && continue
    speak "$voice" "$text" "$SCRATCH/$lang/$name.wav"
  done
}

render en en-us <<'EOF'
welcome|Hello, and welcome. Thank you for calling.
main-menu|For sales, press 1. For support, press 2. To hear these options again, press star.
enter-account|Please enter your account number, followed by the hash key.
invalid|Sorry, that is not a valid choice.
no-input|Sorry, we did not receive your choice.
goodbye|Thank you for calling. Goodbye.
agents-busy|All our agents are busy at the moment. Please stay on the line, and the next available agent will answer your call.
caller-number|You are caller number
expected-wait|Your expected wait is
about|about
more-than|more than
minute|minute
minutes|minutes
less-than-a-minute|less than one minute
callback-offer|To leave the queue and be called back, press
callback-recorded|Your callback request is recorded. We will call you back. Goodbye.
transferring|Please hold while we transfer your call.
digit-star|star
digit-hash|hash
num-0|zero
num-1|one
num-2|two
num-3|three
num-4|four
num-5|five
num-6|six
num-7|seven
num-8|eight
num-9|nine
num-10|ten
num-11|eleven
num-12|twelve
num-13|thirteen
num-14|fourteen
num-15|fifteen
num-16|sixteen
num-17|seventeen
num-18|eighteen
num-19|nineteen
num-20|twenty
num-30|thirty
num-40|forty
num-50|fifty
num-60|sixty
num-70|seventy
num-80|eighty
num-90|ninety
EOF

# Persian word order differs: "you are caller number N" is "shoma tamas-girande-ye shomare-ye N
# hastid", and "your wait is about N minutes" ends in "daqiqe ast"; the phrasing class knows.
# Spelling steers espeak-ng: a final zamma gives the spoken "o" of tens joined to units (bist-o),
# and nine is written with a zamma (noh, not na, "no").
render fa fa <<'EOF'
welcome|سلام، خوش آمدید. از تماس شما سپاسگزاریم.
main-menu|برای فروش، یک را فشار دهید. برای پشتیبانی، دو را فشار دهید. برای شنیدن دوباره، ستاره را فشار دهید.
enter-account|لطفا شماره حساب خود را وارد کنید و سپس کلید مربع را فشار دهید.
invalid|متاسفانه این گزینه معتبر نیست.
no-input|متاسفانه گزینه‌ای دریافت نشد.
goodbye|از تماس شما سپاسگزاریم. خدانگهدار.
agents-busy|همه کارشناسان ما در حال حاضر مشغول هستند. لطفا پشت خط بمانید تا اولین کارشناس آزاد به تماس شما پاسخ دهد.
caller-number|شما تماس گیرنده شماره
caller-number-end|هستید
expected-wait|زمان انتظار شما
about|حدود
more-than|بیش از
minutes|دقیقه است
less-than-a-minute|کمتر از یک دقیقه است
callback-offer|برای خروج از صف و درخواست تماس برگشتی،
callback-offer-end|را فشار دهید
callback-recorded|درخواست تماس برگشتی شما ثبت شد. با شما تماس خواهیم گرفت. خدانگهدار.
transferring|لطفا منتظر بمانید، تماس شما در حال انتقال است.
digit-star|ستاره
digit-hash|مربع
num-0|صفر
num-1|یک
num-2|دو
num-3|سه
num-4|چهار
num-5|پنج
num-6|شش
num-7|هفت
num-8|هشت
num-9|نُه
num-10|ده
num-11|یازده
num-12|دوازده
num-13|سیزده
num-14|چهارده
num-15|پانزده
num-16|شانزده
num-17|هفده
num-18|هجده
num-19|نوزده
num-20|بیست
num-30|سی
num-40|چهل
num-50|پنجاه
num-60|شصت
num-70|هفتاد
num-80|هشتاد
num-90|نود
num-20-and|بیستُ
num-30-and|سیُ
num-40-and|چهلُ
num-50-and|پنجاهُ
num-60-and|شصتُ
num-70-and|هفتادُ
num-80-and|هشتادُ
num-90-and|نودُ
EOF

# The language menu offers each language in its own language, so both directories hold the same
# file: English's offer, then Persian's.
speak en-us "For English, press 1." "$SCRATCH/lang-en.wav"
speak fa "برای فارسی، دو را فشار دهید." "$SCRATCH/lang-fa.wav"
sx "$SCRATCH/lang-en.wav" "$SCRATCH/lang-fa.wav" "$SCRATCH/en/language-menu.wav"
cp "$SCRATCH/en/language-menu.wav" "$SCRATCH/fa/language-menu.wav"

# Music on hold: per chord a soft sine pad (fading in and out, so chords breathe rather than
# click) under a plucked arpeggio of eight notes, 0.75 s each.
chord() {
  local out=$1 root=$2 third=$3 fifth=$4 top=$5 i note
  sx -n -r "$RATE" -c 1 -b 16 "$SCRATCH/pad.wav" \
    synth 6 sine "$root" sine "$third" sine "$fifth" sine "$top" fade q 1.2 6 1.2 gain -n -14
  local notes=("$third" "$fifth" "$top" "$fifth" "$third" "$fifth" "$top" "$fifth")
  for i in "${!notes[@]}"; do
    note=${notes[$i]}
    sx -n -r "$RATE" -c 1 -b 16 "$SCRATCH/note$i.wav" synth 0.75 pluck "$note" fade q 0.01 0.75 0.5
  done
  sx "$SCRATCH"/note{0..7}.wav "$SCRATCH/arp.wav" gain -n -16
  sx -m "$SCRATCH/pad.wav" "$SCRATCH/arp.wav" "$out"
}
chord "$SCRATCH/c1.wav" C3 E4 G4 C5
chord "$SCRATCH/c2.wav" A2 C4 E4 A4
chord "$SCRATCH/c3.wav" F2 A3 C4 F4
chord "$SCRATCH/c4.wav" G2 B3 D4 G4
sx "$SCRATCH"/c{1..4}.wav -r "$RATE" -c 1 -b 16 -e signed-integer "$SCRATCH/music/default.wav" \
  lowpass 3000 gain -n -6 fade q 0.3 24 0.8

rm -rf "$OUT/en" "$OUT/fa" "$OUT/music"
mkdir -p "$OUT"
cp -r "$SCRATCH/en" "$SCRATCH/fa" "$SCRATCH/music" "$OUT/"
(cd "$OUT" && find en fa music -name '*.wav' | LC_ALL=C sort >index.txt)
echo "generate.sh: $(wc -l <"$OUT/index.txt") files, $(du -sh "$OUT" | cut -f1) in $OUT"

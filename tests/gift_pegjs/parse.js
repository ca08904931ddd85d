// GIFT text on stdin -> gift-pegjs's questions as JSON on stdout; a syntax error exits 1.
const { parse } = require("gift-pegjs");

let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (text += chunk));
process.stdin.on("end", () => {
  try {
    process.stdout.write(JSON.stringify(parse(text)));
  } catch (error) {
    const where = error.location ? `line ${error.location.start.line}: ` : "";
    process.stderr.write(where + error.message + "\n");
    process.exit(1);
  }
});

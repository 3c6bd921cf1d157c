package brief

// contestWords name a contest, or a move in one, that a side plays, runs
// or scores "against" another: a game, a race, an election. The side
// after "against" is an opponent on the field, not a party to a dispute
// ("the home game against Dunmore Rovers", "a 3-1 win against Oslin",
// "ran against Tom Brekke in the primary"). A campaign, a vote or a case
// against someone is no contest of this kind and stays a dispute.
var contestWords = setOf("game", "games", "match", "matches", "fixture", "fixtures", "tie", "ties", "final",
	"finals", "semi-final", "semifinal", "quarter-final", "quarterfinal", "derby", "friendly", "friendlies",
	"debut", "opener", "decider", "replay", "play-off", "playoff", "series", "race", "bout", "innings", "century",
	"start", "starts", "appearance", "appearances", "goal", "goals", "try", "tries", "win", "wins", "victory",
	"victories", "defeat", "defeats", "loss", "losses", "draw", "draws", "record", "play", "plays", "played",
	"playing", "score", "scores", "scored", "scoring", "won", "lost", "drew", "ran", "run", "runs", "running",
	"raced", "racing", "competed", "compete", "competes", "competing")

// contestMoves are the contestWords that tell a game played, not a
// stance, even a few words before "against" ("scored twice in the second
// half against Chelsea", "played the final set against Lund"): a move on
// the field, a match or a part of one.
var contestMoves = setOf("scored", "scoring", "played", "playing", "won", "lost", "drew", "goal", "goals",
	"match", "matches", "game", "games", "half", "minute", "innings", "final", "fixture", "derby", "raced", "racing")

// contestAgainst reports an "against" at token t that follows a contest
// word: the side after it is an opponent in a game or a race. A move in
// a game may stand a few words before it, in the same phrase (no
// punctuation between).
func (d *doc) contestAgainst(t int) bool {
	if t > 0 && d.toks[t-1].kind == tWord && contestWords[d.tokLower(t-1)] {
		return true
	}
	for k := t - 2; k >= 0 && k >= t-8 && d.toks[k].kind != tPunct && d.toks[k].kind != tQuote; k-- {
		if d.toks[k].kind == tWord && d.cover[k] == 0 && contestMoves[d.tokLower(k)] {
			return true
		}
	}
	return false
}

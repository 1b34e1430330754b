package tm

var setup string

func Ready() bool { return setup == "done" }

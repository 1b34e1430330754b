package main

var x = f()

func f() int { return g() }

func g() int { return x }

func main() {}

package main

type S struct {
	(int)
	*(bool)
}

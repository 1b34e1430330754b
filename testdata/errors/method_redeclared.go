package main

type T struct{ M int }

func (T) M() {}
func (t T) N() {}
func (t *T) N() {}

func main() {}

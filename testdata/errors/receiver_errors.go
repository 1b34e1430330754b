package main

type P *int

func (p P) M() {}

func (x int) N() {}

type I interface{ M() }

func (i I) K() {}

func main() {}

package notests

const N = 1

'use strict'; // review controls: filled in below once the review API lands

//! A PDF page's text in reading order: the glyphs pdf-extract reports, with their
//! positions, laid out again so that two columns read one after the other.
//!
//! Layout programs often draw a two-column page line by line across both columns;
//! taking text in drawing order then interleaves them ("…the Turkish Foreign Ministry
//! said in a state- ships, according to the statement."). Here the page's text pieces
//! are placed by position: where a vertical gutter runs down the middle of the page,
//! each band between full-width pieces (a title, a byline) is read left column first.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

/// A run of glyphs drawn on one line without a jump: a line of one column, or a title.
#[derive(Debug, Clone)]
struct Piece {
    text: String,
    x0: f64,
    x1: f64,
    /// From the top of the page down.
    y: f64,
    size: f64,
}

/// Collects a page's glyphs as pieces; [`PageLayout::text`] lays them out.
pub(super) struct PageLayout {
    page_width: f64,
    page_height: f64,
    pieces: Vec<Piece>,
    word_start: bool,
}

impl PageLayout {
    pub fn new() -> Self {
        Self {
            page_width: 0.0,
            page_height: 0.0,
            pieces: Vec::new(),
            word_start: true,
        }
    }

    /// The page's text: lines joined by newlines, paragraphs by a blank line, columns
    /// one after the other.
    pub fn text(&self) -> String {
        let order = match gutter(&self.pieces, self.page_width) {
            Some(gutter) => by_columns(&self.pieces, gutter),
            None => (0..self.pieces.len()).collect(),
        };
        let mut text = String::new();
        let mut last: Option<&Piece> = None;
        for &index in &order {
            let piece = &self.pieces[index];
            if let Some(previous) = last {
                let drop = piece.y - previous.y;
                let size = previous.size.max(1.0);
                text.push_str(if drop.abs() < 0.5 * size {
                    " "
                } else if drop > 1.5 * size || drop < 0.0 {
                    // A paragraph gap, or back up to the top of the next column.
                    "\n\n"
                } else {
                    "\n"
                });
            }
            text.push_str(&piece.text);
            last = Some(piece);
        }
        text
    }
}

impl OutputDev for PageLayout {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.page_width = media_box.urx - media_box.llx;
        self.page_height = media_box.ury - media_box.lly;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        glyph: &str,
    ) -> Result<(), OutputError> {
        // The text matrix, with y flipped so it grows down the page.
        let (x, y) = (trm.m31, self.page_height - trm.m32);
        let scaled_x = font_size * (trm.m11 + trm.m21);
        let scaled_y = font_size * (trm.m12 + trm.m22);
        let size = (scaled_x * scaled_y).abs().sqrt();
        let end = x + width * size;
        let continues = self.pieces.last().filter(|p| {
            // Same line, and not a jump back left or across a gutter.
            (y - p.y).abs() < 0.5 * size && x > p.x1 - size && x < p.x1 + 1.5 * size
        });
        match continues {
            Some(_) => {
                let piece = self.pieces.last_mut().expect("checked above");
                if self.word_start && x > piece.x1 + 0.1 * size {
                    piece.text.push(' ');
                }
                piece.text.push_str(glyph);
                piece.x1 = end;
            }
            None => self.pieces.push(Piece {
                text: glyph.to_owned(),
                x0: x,
                x1: end,
                y,
                size,
            }),
        }
        self.word_start = false;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.word_start = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// The x of a vertical gutter in the middle of the page, if the text has two columns:
/// at least three pieces wholly on each side of it, and few pieces (titles, bylines)
/// crossing it.
fn gutter(pieces: &[Piece], page_width: f64) -> Option<f64> {
    if page_width <= 0.0 || pieces.len() < 6 {
        return None;
    }
    let candidates = (30..=70).map(|percent| page_width * f64::from(percent) / 100.0);
    candidates
        .filter_map(|x| {
            let left = pieces.iter().filter(|p| p.x1 <= x).count();
            let right = pieces.iter().filter(|p| p.x0 >= x).count();
            let crossing = pieces.len() - left - right;
            let balanced = left >= 3 && right >= 3 && crossing * 5 <= pieces.len();
            balanced.then_some((crossing, left.min(right), x))
        })
        // Fewest crossings, then the most even split; the leftmost of equals.
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.total_cmp(&b.2)))
        .map(|(_, _, x)| x)
}

/// Reading order for a two-column page: top to bottom in bands separated by pieces
/// that cross the gutter; in each band the left column, then the right.
fn by_columns(pieces: &[Piece], gutter: f64) -> Vec<usize> {
    let mut by_height: Vec<usize> = (0..pieces.len()).collect();
    by_height.sort_by(|&a, &b| {
        pieces[a]
            .y
            .total_cmp(&pieces[b].y)
            .then(pieces[a].x0.total_cmp(&pieces[b].x0))
    });
    let mut order = Vec::with_capacity(pieces.len());
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for index in by_height {
        let piece = &pieces[index];
        if piece.x1 <= gutter {
            left.push(index);
        } else if piece.x0 >= gutter {
            right.push(index);
        } else {
            order.append(&mut left);
            order.append(&mut right);
            order.push(index);
        }
    }
    order.append(&mut left);
    order.append(&mut right);
    order
}

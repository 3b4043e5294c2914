import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws the workbench icon (a shield with rising maturity bars) at every size the product uses.
 *  Run: java releng/tools/DrawIcons.java plugins/org.iotsmm.ui/icons */
public class DrawIcons {
    public static void main(String[] args) throws Exception {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double s = size / 16.0;
            Path2D shield = new Path2D.Double();
            shield.moveTo(8 * s, 0.5 * s);
            shield.lineTo(15 * s, 3 * s);
            shield.curveTo(15 * s, 10 * s, 12 * s, 13.5 * s, 8 * s, 15.5 * s);
            shield.curveTo(4 * s, 13.5 * s, 1 * s, 10 * s, 1 * s, 3 * s);
            shield.closePath();
            g.setColor(new Color(0x1F4E79));
            g.fill(shield);
            Color[] bars = {new Color(0xE69F00), new Color(0xF0E442), new Color(0x56B4E9), new Color(0x009E73)};
            for (int i = 0; i < 4; i++) {
                double h = (i + 1) * 2.0 * s;
                g.setColor(bars[i]);
                g.fill(new Rectangle2D.Double((3.6 + i * 2.3) * s, 12 * s - h, 1.7 * s, h));
            }
            g.dispose();
            ImageIO.write(image, "png", new File(args[0], "smm-" + size + ".png"));
        }
    }
}
